/*
 * kohi_seal.h — sealed My Number envelope, scheme v1, with OpenSSL's libcrypto.
 *
 * The same bytes core/crypto/Sealer produces with Botan (core/crypto/README.md):
 *
 *   envelope = 0x01 || keyId (16) || ephemeralPublic (32) || nonce (12) || ciphertext || tag (16)
 *   keyId    = SHA-256(recipientPublic)[0..16)
 *   shared   = X25519(ephemeralPrivate, recipientPublic)           (all-zero result refused)
 *   key      = HKDF-SHA-256(ikm = shared, salt = ephemeralPublic || recipientPublic,
 *                           info = "kohi-mynumber-seal-v1", L = 32)
 *   sealed   = AES-256-GCM(key, nonce, plaintext, AD = 0x01 || keyId || associatedData)
 *
 * Plain C with no PostgreSQL header, so that unit tests can link it without a server
 * (tests/extension). Every secret intermediate (ephemeral key, shared secret, AES key) lives on
 * the stack and is wiped with OPENSSL_cleanse before return, on success and on failure.
 */
#ifndef KOHI_SEAL_H
#define KOHI_SEAL_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define KOHI_SEAL_VERSION1 0x01
#define KOHI_SEAL_KEY_ID_LEN 16
#define KOHI_SEAL_X25519_LEN 32
#define KOHI_SEAL_NONCE_LEN 12
#define KOHI_SEAL_TAG_LEN 16
#define KOHI_SEAL_HEADER_LEN                                                                       \
    (1 + KOHI_SEAL_KEY_ID_LEN + KOHI_SEAL_X25519_LEN + KOHI_SEAL_NONCE_LEN) /* 61 */
#define KOHI_SEAL_OVERHEAD (KOHI_SEAL_HEADER_LEN + KOHI_SEAL_TAG_LEN)      /* 77 */
#define KOHI_SEAL_MAX_PLAINTEXT 1024

/* Results; none of them says anything about the plaintext. */
#define KOHI_SEAL_OK 0
#define KOHI_SEAL_BAD_INPUT (-1)   /* lengths out of range */
#define KOHI_SEAL_LOW_ORDER (-2)   /* recipient key is a low-order point (shared secret all zero) */
#define KOHI_SEAL_CRYPTO (-3)      /* libcrypto failed */
#define KOHI_SEAL_NO_RANDOM (-4)   /* the CSPRNG failed */

/* Seals with fresh randomness (ephemeral key and nonce from RAND_priv_bytes / RAND_bytes).
 * envelope must hold plaintext_len + KOHI_SEAL_OVERHEAD bytes. */
int kohi_seal_v1(const unsigned char* plaintext, size_t plaintext_len,
                 const unsigned char recipient_public[KOHI_SEAL_X25519_LEN],
                 const unsigned char* associated_data, size_t associated_data_len,
                 unsigned char* envelope);

/* Deterministic variant for known-answer tests only: reusing an ephemeral key breaks the
 * scheme. The SQL function never calls it. */
int kohi_seal_v1_with(const unsigned char* plaintext, size_t plaintext_len,
                      const unsigned char recipient_public[KOHI_SEAL_X25519_LEN],
                      const unsigned char* associated_data, size_t associated_data_len,
                      const unsigned char ephemeral_private[KOHI_SEAL_X25519_LEN],
                      const unsigned char nonce[KOHI_SEAL_NONCE_LEN], unsigned char* envelope);

/* The primitives, exposed for their own known-answer tests (RFC 7748, RFC 5869, GCM). */
int kohi_x25519_public(unsigned char out[KOHI_SEAL_X25519_LEN],
                       const unsigned char private_key[KOHI_SEAL_X25519_LEN]);
int kohi_x25519_shared(unsigned char out[KOHI_SEAL_X25519_LEN],
                       const unsigned char private_key[KOHI_SEAL_X25519_LEN],
                       const unsigned char peer_public[KOHI_SEAL_X25519_LEN]);
int kohi_hkdf_sha256(unsigned char* out, size_t out_len, const unsigned char* ikm, size_t ikm_len,
                     const unsigned char* salt, size_t salt_len, const unsigned char* info,
                     size_t info_len);
/* out receives ciphertext (plaintext_len bytes) || tag (16). key 32 bytes, nonce 12 bytes. */
int kohi_aes256gcm_encrypt(unsigned char* out, const unsigned char key[32],
                           const unsigned char nonce[KOHI_SEAL_NONCE_LEN],
                           const unsigned char* associated_data, size_t associated_data_len,
                           const unsigned char* plaintext, size_t plaintext_len);

#ifdef __cplusplus
}
#endif

#endif /* KOHI_SEAL_H */
