#pragma once

#include <QString>

namespace kohi::crypto {

// Known-answer self-test, run once at start-up before any My Number is touched. If it
// returns false the application must refuse to start: a broken or substituted crypto library
// would otherwise seal numbers nobody can open, or open them wrongly.
//
// Covers: SHA-256 ("abc", FIPS 180-2), HKDF-SHA-256 (RFC 5869 test case 1), AES-256-GCM
// (McGrew–Viega test case 16, encrypt, decrypt and tag rejection), X25519 (RFC 7748 §6.1 keys
// and shared secret), Argon2id (RFC 9106 §5.3 with secret and associated data), the sealed
// envelope v1 and the wrapped key v1 (vectors computed independently with pyca/cryptography,
// tests/unit/crypto/vectors/make_vectors.py) and a random seal/open round trip.
// Takes a few milliseconds. `error` gets a Japanese message naming the failed check.
bool selfTest(QString* error);

} // namespace kohi::crypto
