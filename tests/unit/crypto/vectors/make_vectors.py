#!/usr/bin/env python3
"""Independent reference implementation of Kohi's My Number sealing scheme v1 and
private-key wrapping v1, using pyca/cryptography (OpenSSL + argon2 from Rust), not Botan.

It produced the pinned vectors in core/crypto/SelfTest.cpp and tests/unit/crypto/*.cpp.
Because it shares no code with the C++ wrapper, a match proves the wrapper implements the
documented format (core/crypto/README.md), not merely that it agrees with itself.

    python3 tests/unit/crypto/vectors/make_vectors.py
"""
import hashlib
import struct
import unicodedata

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

SEAL_INFO = b"kohi-mynumber-seal-v1"
AD_LABEL = "kohi-ad-v1"


def raw_public(priv):
    return priv.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def key_id(pub):
    return hashlib.sha256(pub).digest()[:16]


def associated_data(kind, record_id, field):
    out = b""
    for part in (AD_LABEL, kind, record_id, field):
        b = part.encode("utf-8")
        out += struct.pack(">I", len(b)) + b
    return out


def seal(plaintext, recipient_pub, ad, eph_priv_raw, nonce):
    eph = X25519PrivateKey.from_private_bytes(eph_priv_raw)
    eph_pub = raw_public(eph)
    shared = eph.exchange(X25519PublicKey.from_public_bytes(recipient_pub))
    key = HKDF(hashes.SHA256(), 32, eph_pub + recipient_pub, SEAL_INFO).derive(shared)
    kid = key_id(recipient_pub)
    aad = b"\x01" + kid + ad
    return b"\x01" + kid + eph_pub + nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def wrap(private_raw, passphrase, m, t, p, salt, nonce):
    pub = raw_public(X25519PrivateKey.from_private_bytes(private_raw))
    header = b"\x01" + struct.pack(">III", m, t, p) + salt + key_id(pub)
    pw = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    kek = Argon2id(salt=salt, length=32, iterations=t, lanes=p, memory_cost=m).derive(pw)
    return header + nonce + AESGCM(kek).encrypt(nonce, private_raw, header)


def c_array(name, data):
    h = data.hex()
    lines = [h[i:i + 64] for i in range(0, len(h), 64)]
    return name + " =\n" + "\n".join('    "%s"' % l for l in lines) + ";"


# RFC 7748 section 6.1 keys: Bob is the recipient, Alice's scalar is the fixed ephemeral key.
BOB_PRIV = bytes.fromhex("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb")
ALICE_PRIV = bytes.fromhex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a")
bob_pub = raw_public(X25519PrivateKey.from_private_bytes(BOB_PRIV))

ad = associated_data("recipient", "42", "my_number")
env = seal(b"123456789018", bob_pub, ad, ALICE_PRIV, bytes(range(12)))
print(c_array("associatedData", ad))
print(c_array("envelope", env))
print("keyId", key_id(bob_pub).hex())
print("fingerprint", hashlib.sha256(bob_pub).hexdigest())

blob = wrap(BOB_PRIV, "鍵の合言葉テスト", 64, 1, 1, bytes(range(16, 32)), bytes(range(32, 44)))
print(c_array("wrappedKey", blob))
