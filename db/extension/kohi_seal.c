/*
 * kohi_seal.c — scheme v1 envelopes with OpenSSL libcrypto (see kohi_seal.h for the format).
 *
 * Uses only the EVP interfaces that OpenSSL 1.1.1 and 3.x share. Pinned against core/crypto
 * (Botan) and pyca/cryptography by tests/extension/SealTests.cpp.
 */
#include "kohi_seal.h"

#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>

static const char seal_info[] = "kohi-mynumber-seal-v1";

int kohi_x25519_public(unsigned char out[KOHI_SEAL_X25519_LEN],
                       const unsigned char private_key[KOHI_SEAL_X25519_LEN])
{
    EVP_PKEY* key = EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, NULL, private_key,
                                                 KOHI_SEAL_X25519_LEN);
    size_t len = KOHI_SEAL_X25519_LEN;
    int rc = KOHI_SEAL_CRYPTO;

    if (key != NULL && EVP_PKEY_get_raw_public_key(key, out, &len) == 1 &&
        len == KOHI_SEAL_X25519_LEN)
        rc = KOHI_SEAL_OK;
    EVP_PKEY_free(key); /* frees the private scalar with a cleanse */
    return rc;
}

int kohi_x25519_shared(unsigned char out[KOHI_SEAL_X25519_LEN],
                       const unsigned char private_key[KOHI_SEAL_X25519_LEN],
                       const unsigned char peer_public[KOHI_SEAL_X25519_LEN])
{
    EVP_PKEY* key = EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, NULL, private_key,
                                                 KOHI_SEAL_X25519_LEN);
    EVP_PKEY* peer = EVP_PKEY_new_raw_public_key(EVP_PKEY_X25519, NULL, peer_public,
                                                 KOHI_SEAL_X25519_LEN);
    EVP_PKEY_CTX* ctx = NULL;
    size_t len = KOHI_SEAL_X25519_LEN;
    unsigned char any = 0;
    size_t i;
    int rc = KOHI_SEAL_CRYPTO;

    if (key == NULL || peer == NULL)
        goto done;
    ctx = EVP_PKEY_CTX_new(key, NULL);
    if (ctx == NULL || EVP_PKEY_derive_init(ctx) != 1 || EVP_PKEY_derive_set_peer(ctx, peer) != 1)
        goto done;
    /* OpenSSL itself fails a derivation whose result is all zero (a low-order peer point). */
    if (EVP_PKEY_derive(ctx, out, &len) != 1 || len != KOHI_SEAL_X25519_LEN) {
        rc = KOHI_SEAL_LOW_ORDER;
        goto done;
    }
    /* RFC 7748 §6.1: reject an all-zero output ourselves too, as core/crypto does. */
    for (i = 0; i < KOHI_SEAL_X25519_LEN; i++)
        any |= out[i];
    rc = any != 0 ? KOHI_SEAL_OK : KOHI_SEAL_LOW_ORDER;

done:
    if (rc != KOHI_SEAL_OK)
        OPENSSL_cleanse(out, KOHI_SEAL_X25519_LEN);
    EVP_PKEY_CTX_free(ctx);
    EVP_PKEY_free(peer);
    EVP_PKEY_free(key);
    return rc;
}

int kohi_hkdf_sha256(unsigned char* out, size_t out_len, const unsigned char* ikm, size_t ikm_len,
                     const unsigned char* salt, size_t salt_len, const unsigned char* info,
                     size_t info_len)
{
    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, NULL);
    size_t len = out_len;
    int rc = KOHI_SEAL_CRYPTO;

    if (ctx != NULL && EVP_PKEY_derive_init(ctx) == 1 &&
        EVP_PKEY_CTX_hkdf_mode(ctx, EVP_PKEY_HKDEF_MODE_EXTRACT_AND_EXPAND) == 1 &&
        EVP_PKEY_CTX_set_hkdf_md(ctx, EVP_sha256()) == 1 &&
        EVP_PKEY_CTX_set1_hkdf_salt(ctx, salt, (int)salt_len) == 1 &&
        EVP_PKEY_CTX_set1_hkdf_key(ctx, ikm, (int)ikm_len) == 1 &&
        EVP_PKEY_CTX_add1_hkdf_info(ctx, info, (int)info_len) == 1 &&
        EVP_PKEY_derive(ctx, out, &len) == 1 && len == out_len)
        rc = KOHI_SEAL_OK;
    if (rc != KOHI_SEAL_OK)
        OPENSSL_cleanse(out, out_len);
    EVP_PKEY_CTX_free(ctx); /* cleanses the key and salt it copied */
    return rc;
}

int kohi_aes256gcm_encrypt(unsigned char* out, const unsigned char key[32],
                           const unsigned char nonce[KOHI_SEAL_NONCE_LEN],
                           const unsigned char* associated_data, size_t associated_data_len,
                           const unsigned char* plaintext, size_t plaintext_len)
{
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    int len = 0;
    int final_len = 0;
    int rc = KOHI_SEAL_CRYPTO;

    if (ctx == NULL || plaintext_len > KOHI_SEAL_MAX_PLAINTEXT || associated_data_len > 65536)
        goto done;
    if (EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, NULL, NULL) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, KOHI_SEAL_NONCE_LEN, NULL) != 1 ||
        EVP_EncryptInit_ex(ctx, NULL, NULL, key, nonce) != 1)
        goto done;
    if (associated_data_len > 0 &&
        EVP_EncryptUpdate(ctx, NULL, &len, associated_data, (int)associated_data_len) != 1)
        goto done;
    if (EVP_EncryptUpdate(ctx, out, &len, plaintext, (int)plaintext_len) != 1 ||
        (size_t)len != plaintext_len)
        goto done;
    if (EVP_EncryptFinal_ex(ctx, out + len, &final_len) != 1 || final_len != 0)
        goto done;
    if (EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, KOHI_SEAL_TAG_LEN, out + plaintext_len) != 1)
        goto done;
    rc = KOHI_SEAL_OK;

done:
    EVP_CIPHER_CTX_free(ctx); /* cleanses the expanded key schedule */
    return rc;
}

int kohi_seal_v1_with(const unsigned char* plaintext, size_t plaintext_len,
                      const unsigned char recipient_public[KOHI_SEAL_X25519_LEN],
                      const unsigned char* associated_data, size_t associated_data_len,
                      const unsigned char ephemeral_private[KOHI_SEAL_X25519_LEN],
                      const unsigned char nonce[KOHI_SEAL_NONCE_LEN], unsigned char* envelope)
{
    unsigned char shared[KOHI_SEAL_X25519_LEN];
    unsigned char key[32];
    unsigned char salt[2 * KOHI_SEAL_X25519_LEN];
    unsigned char digest[32];
    unsigned char* ad = NULL;
    unsigned char* ephemeral_public = envelope + 1 + KOHI_SEAL_KEY_ID_LEN;
    size_t ad_len = 1 + KOHI_SEAL_KEY_ID_LEN + associated_data_len;
    int rc;

    if (plaintext == NULL || envelope == NULL || plaintext_len == 0 ||
        plaintext_len > KOHI_SEAL_MAX_PLAINTEXT || associated_data_len > 65536 ||
        (associated_data == NULL && associated_data_len != 0))
        return KOHI_SEAL_BAD_INPUT;

    /* Header: version, key id = SHA-256(recipient public key)[0..16), ephemeral public, nonce. */
    if (EVP_Digest(recipient_public, KOHI_SEAL_X25519_LEN, digest, NULL, EVP_sha256(), NULL) != 1)
        return KOHI_SEAL_CRYPTO;
    envelope[0] = KOHI_SEAL_VERSION1;
    memcpy(envelope + 1, digest, KOHI_SEAL_KEY_ID_LEN);
    rc = kohi_x25519_public(ephemeral_public, ephemeral_private);
    if (rc != KOHI_SEAL_OK)
        return rc;
    memcpy(envelope + 1 + KOHI_SEAL_KEY_ID_LEN + KOHI_SEAL_X25519_LEN, nonce, KOHI_SEAL_NONCE_LEN);

    rc = kohi_x25519_shared(shared, ephemeral_private, recipient_public);
    if (rc != KOHI_SEAL_OK)
        goto done;
    /* The salt binds the key to both public keys, as core/crypto's deriveKey() does. */
    memcpy(salt, ephemeral_public, KOHI_SEAL_X25519_LEN);
    memcpy(salt + KOHI_SEAL_X25519_LEN, recipient_public, KOHI_SEAL_X25519_LEN);
    rc = kohi_hkdf_sha256(key, sizeof(key), shared, sizeof(shared), salt, sizeof(salt),
                          (const unsigned char*)seal_info, sizeof(seal_info) - 1);
    if (rc != KOHI_SEAL_OK)
        goto done;

    /* GCM AD: version and key id, then the caller's record/field binding. */
    ad = OPENSSL_malloc(ad_len);
    if (ad == NULL) {
        rc = KOHI_SEAL_CRYPTO;
        goto done;
    }
    memcpy(ad, envelope, 1 + KOHI_SEAL_KEY_ID_LEN);
    if (associated_data_len > 0)
        memcpy(ad + 1 + KOHI_SEAL_KEY_ID_LEN, associated_data, associated_data_len);
    rc = kohi_aes256gcm_encrypt(envelope + KOHI_SEAL_HEADER_LEN, key, nonce, ad, ad_len, plaintext,
                                plaintext_len);

done:
    OPENSSL_cleanse(shared, sizeof(shared));
    OPENSSL_cleanse(key, sizeof(key));
    OPENSSL_free(ad);
    if (rc != KOHI_SEAL_OK) /* never hand out a half-written envelope */
        OPENSSL_cleanse(envelope, plaintext_len + KOHI_SEAL_OVERHEAD);
    return rc;
}

int kohi_seal_v1(const unsigned char* plaintext, size_t plaintext_len,
                 const unsigned char recipient_public[KOHI_SEAL_X25519_LEN],
                 const unsigned char* associated_data, size_t associated_data_len,
                 unsigned char* envelope)
{
    unsigned char ephemeral[KOHI_SEAL_X25519_LEN];
    unsigned char nonce[KOHI_SEAL_NONCE_LEN];
    int rc;

    /* A fresh ephemeral key per envelope, so every AES key is used once (as Sealer::seal). */
    if (RAND_priv_bytes(ephemeral, sizeof(ephemeral)) != 1 ||
        RAND_bytes(nonce, sizeof(nonce)) != 1) {
        OPENSSL_cleanse(ephemeral, sizeof(ephemeral));
        return KOHI_SEAL_NO_RANDOM;
    }
    rc = kohi_seal_v1_with(plaintext, plaintext_len, recipient_public, associated_data,
                           associated_data_len, ephemeral, nonce, envelope);
    OPENSSL_cleanse(ephemeral, sizeof(ephemeral));
    return rc;
}
