/*
 * kohi_terminal.c — the terminal's certificate as the server verified it (issue 11, item 6).
 *
 * The terminal a session comes from is taken from the client certificate that the TLS handshake
 * verified against ssl_ca_file (the office CA), never from anything the client says. SQL looks
 * the fingerprint up in Kohi's registry of terminal certificates (kohi.terminal_certificate).
 */
#include "kohi_auth.h"

#include "libpq/libpq-be.h"
#include "miscadmin.h"
#include "utils/builtins.h"

#include <openssl/evp.h>
#include <openssl/x509.h>

KOHI_SQL_FUNCTION(kohi_auth_peer_fingerprint);

/*
 * SHA-256 of the DER encoding of the session's client certificate, lower-case hex; NULL when the
 * session presented none (or is not a TLS client backend). peer_cert_valid is set only after the
 * server verified the chain: an unverifiable certificate never gets this far.
 */
Datum kohi_auth_peer_fingerprint(PG_FUNCTION_ARGS)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    char hex[2 * EVP_MAX_MD_SIZE + 1];
    unsigned int i;

    if (MyProcPort == NULL || !MyProcPort->ssl_in_use || !MyProcPort->peer_cert_valid ||
        MyProcPort->peer == NULL)
        PG_RETURN_NULL();
    if (X509_digest(MyProcPort->peer, EVP_sha256(), md, &len) != 1 || len == 0)
        ereport(ERROR, (errcode(ERRCODE_INTERNAL_ERROR),
                        errmsg("kohi_auth: could not compute the client certificate fingerprint")));
    for (i = 0; i < len; i++)
        snprintf(hex + 2 * i, 3, "%02x", md[i]);
    PG_RETURN_TEXT_P(cstring_to_text(hex));
}
