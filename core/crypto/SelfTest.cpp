#include "core/crypto/SelfTest.h"

#include "core/crypto/AssociatedData.h"
#include "core/crypto/KeyPair.h"
#include "core/crypto/KeyWrapper.h"
#include "core/crypto/Primitives.h"
#include "core/crypto/Sealer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <exception>

namespace kohi::crypto {

namespace {

QByteArray hex(const char* text)
{
    return QByteArray::fromHex(text);
}

SecureBytes secureHex(const char* text)
{
    const QByteArray bytes = hex(text);
    return SecureBytes(detail::asBytes(bytes));
}

bool same(std::span<const std::uint8_t> actual, const QByteArray& expected)
{
    return detail::constantTimeEquals(actual, detail::asBytes(expected));
}

// RFC 7748 §6.1.
constexpr char AlicePrivate[] = "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a";
constexpr char AlicePublic[] = "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a";
constexpr char BobPrivate[] = "5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb";
constexpr char BobPublic[] = "de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f";
constexpr char SharedSecret[] = "4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742";

bool checkSha256()
{
    const QByteArray abc("abc");
    return same(detail::sha256(detail::asBytes(abc)),
                hex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

bool checkHkdf()
{
    const SecureBytes ikm = secureHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");
    const QByteArray salt = hex("000102030405060708090a0b0c");
    const QByteArray info = hex("f0f1f2f3f4f5f6f7f8f9");
    const SecureBytes okm =
        detail::hkdfSha256(ikm, detail::asBytes(salt), detail::asBytes(info), 42);
    return same(okm.bytes(), hex("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf"
                                 "34007208d5b887185865"));
}

bool checkAesGcm()
{
    const SecureBytes key =
        secureHex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
    const QByteArray nonce = hex("cafebabefacedbaddecaf888");
    const QByteArray ad = hex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
    const QByteArray plaintext =
        hex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
            "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
    const QByteArray expected =
        hex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
            "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662"
            "76fc6ece0f4e1768cddf8853bb2d551b");
    const QByteArray sealed = detail::aes256GcmEncrypt(
        key, detail::asBytes(nonce), detail::asBytes(ad), detail::asBytes(plaintext));
    if (sealed != expected)
        return false;
    SecureBytes opened;
    if (!detail::aes256GcmDecrypt(key, detail::asBytes(nonce), detail::asBytes(ad),
                                  detail::asBytes(expected), &opened) ||
        !same(opened.bytes(), plaintext))
        return false;
    QByteArray tampered = expected;
    tampered[tampered.size() - 1] = static_cast<char>(tampered.back() ^ 0x01);
    SecureBytes ignored;
    return !detail::aes256GcmDecrypt(key, detail::asBytes(nonce), detail::asBytes(ad),
                                     detail::asBytes(tampered), &ignored);
}

bool checkX25519()
{
    const SecureBytes alice = secureHex(AlicePrivate);
    const SecureBytes bob = secureHex(BobPrivate);
    const QByteArray alicePublic = hex(AlicePublic);
    const QByteArray bobPublic = hex(BobPublic);
    return same(detail::x25519PublicKey(alice), alicePublic) &&
           same(detail::x25519PublicKey(bob), bobPublic) &&
           same(detail::x25519SharedSecret(alice, detail::asBytes(bobPublic)).bytes(),
                hex(SharedSecret)) &&
           same(detail::x25519SharedSecret(bob, detail::asBytes(alicePublic)).bytes(),
                hex(SharedSecret));
}

bool checkArgon2id()
{
    // RFC 9106 §5.3: m = 32 KiB, t = 3, p = 4, with secret and associated data.
    const QByteArray password(32, '\x01');
    const QByteArray salt(16, '\x02');
    const QByteArray secret(8, '\x03');
    const QByteArray ad(12, '\x04');
    detail::Argon2Inputs in;
    in.password = detail::asBytes(password);
    in.salt = detail::asBytes(salt);
    in.secret = detail::asBytes(secret);
    in.associatedData = detail::asBytes(ad);
    in.memoryKiB = 32;
    in.iterations = 3;
    in.parallelism = 4;
    return same(detail::argon2id(in, 32).bytes(),
                hex("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"));
}

// Envelope v1 from make_vectors.py: Bob is the recipient, Alice's scalar the ephemeral key.
bool checkEnvelopeV1()
{
    const QByteArray expected =
        hex("01f35e5616160a30bf3c6e79fa73c576d48520f0098930a754748b7ddcb43ef7"
            "5a0dbf3a0d26381af4eba4a98eaa9b4e6a000102030405060708090a0ba2f6c8"
            "c97acfaf167f7e8b7c73d953e2634d0b34112cb388c404babe");
    const QByteArray plaintext("123456789018");
    const QByteArray ad = AssociatedData::forField(u"recipient", 42, u"my_number");
    if (ad != hex("0000000a6b6f68692d61642d763100000009726563697069656e740000000234"
                  "32000000096d795f6e756d626572"))
        return false;
    KeyPair bob;
    if (!KeyPair::fromPrivateKey(secureHex(BobPrivate), &bob, nullptr))
        return false;
    QByteArray envelope;
    if (!detail::sealWithEphemeralKey(SecureBytes(detail::asBytes(plaintext)), bob.publicKey(), ad,
                                      secureHex(AlicePrivate), hex("000102030405060708090a0b"),
                                      &envelope, nullptr) ||
        envelope != expected)
        return false;
    SecureBytes opened;
    if (!Sealer::open(expected, bob, ad, &opened, nullptr) || !same(opened.bytes(), plaintext))
        return false;
    const QByteArray otherField = AssociatedData::forField(u"recipient", 43, u"my_number");
    return !Sealer::open(expected, bob, otherField, &opened, nullptr);
}

bool checkRoundTrip()
{
    KeyPair bob;
    if (!KeyPair::fromPrivateKey(secureHex(BobPrivate), &bob, nullptr))
        return false;
    const SecureBytes plaintext = SecureBytes::fromUtf8(u"000000000000");
    const QByteArray ad = AssociatedData::forField(u"self-test", 1, u"my_number");
    QByteArray envelope;
    SecureBytes opened;
    return Sealer::seal(plaintext, bob.publicKey(), ad, &envelope, nullptr) &&
           envelope.size() == Sealer::Overhead + 12 &&
           Sealer::open(envelope, bob, ad, &opened, nullptr) &&
           opened.constantTimeEquals(plaintext);
}

// Wrapped key v1 from make_vectors.py (m = 64 KiB, t = 1, p = 1 to keep start-up fast).
bool checkWrappedKeyV1()
{
    const QByteArray blob = hex("01000000400000000100000001101112131415161718191a1b1c1d1e1ff35e56"
                                "16160a30bf3c6e79fa73c576d4202122232425262728292a2ba3628373af3259"
                                "d29d1b4e86cc9d9249768d3e953ebfc837416f91e94244945c039d86ddd1edd7"
                                "6aa73cbd7991b92eb6");
    KeyPair unwrapped;
    if (!KeyWrapper::unwrapKey(blob, u"鍵の合言葉テスト", &unwrapped, nullptr) ||
        !same(unwrapped.privateKey().bytes(), hex(BobPrivate)))
        return false;
    KeyPair ignored;
    return !KeyWrapper::unwrapKey(blob, u"鍵の合言葉テスト!", &ignored, nullptr);
}

struct Check
{
    const char* name;
    bool (*run)();
};

} // namespace

bool selfTest(QString* error)
{
    static constexpr Check checks[] = {
        {"SHA-256", checkSha256},      {"HKDF-SHA-256", checkHkdf},
        {"AES-256-GCM", checkAesGcm},  {"X25519", checkX25519},
        {"Argon2id", checkArgon2id},   {"envelope-v1", checkEnvelopeV1},
        {"seal-open", checkRoundTrip}, {"key-wrap-v1", checkWrappedKeyV1},
    };
    for (const Check& check : checks) {
        bool passed = false;
        try {
            passed = check.run();
        } catch (const std::exception&) {
            passed = false;
        }
        if (!passed) {
            if (error)
                *error = QCoreApplication::translate(
                             "kohi::crypto::SelfTest",
                             "暗号機能の自己診断に失敗しました（%1）。マイナンバーを安全に扱えない"
                             "ため起動を中止します。システム管理者に連絡してください。")
                             .arg(QLatin1String(check.name));
            return false;
        }
    }
    return true;
}

} // namespace kohi::crypto
