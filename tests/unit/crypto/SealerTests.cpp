// Sealing and opening My Numbers: round trip and rejection of every kind of tampering.
#include "core/crypto/AssociatedData.h"
#include "core/crypto/Sealer.h"
#include "core/crypto/Wipe.h"
#include "tests/unit/crypto/CryptoTestKeys.h"

#include <catch2/catch.hpp>

using namespace kohi::crypto;
using namespace kohi::crypto::testing;

namespace {

const QString PlainNumber = QStringLiteral("123456789018");

struct Sealed
{
    KeyPair recipient;
    QByteArray ad;
    QByteArray envelope;
};

Sealed sealSample()
{
    Sealed s;
    REQUIRE(KeyPair::generate(&s.recipient, nullptr));
    s.ad = AssociatedData::forField(u"recipient", 42, u"my_number");
    QString error;
    REQUIRE(Sealer::seal(SecureBytes::fromUtf8(PlainNumber), s.recipient.publicKey(), s.ad,
                         &s.envelope, &error));
    return s;
}

bool opens(const QByteArray& envelope, const KeyPair& key, const QByteArray& ad,
           QString* error = nullptr)
{
    SecureBytes plaintext;
    return Sealer::open(envelope, key, ad, &plaintext, error);
}

QByteArray flipped(QByteArray bytes, qsizetype index)
{
    bytes[index] = static_cast<char>(bytes[index] ^ 0x01);
    return bytes;
}

} // namespace

TEST_CASE("seal/open round trip returns the plaintext", "[crypto][sealer]")
{
    const Sealed s = sealSample();
    CHECK(s.envelope.size() == Sealer::Overhead + PlainNumber.size());
    CHECK(static_cast<std::uint8_t>(s.envelope[0]) == Sealer::Version1);
    CHECK(Sealer::keyIdOf(s.envelope) == s.recipient.publicKey().keyId());
    CHECK_FALSE(s.envelope.contains(PlainNumber.toLatin1()));

    SecureBytes plaintext;
    QString error;
    REQUIRE(Sealer::open(s.envelope, s.recipient, s.ad, &plaintext, &error));
    QString shown = plaintext.toDisplayString();
    CHECK(shown == PlainNumber);
    wipe(shown);
}

TEST_CASE("sealing twice gives different envelopes", "[crypto][sealer]")
{
    const Sealed s = sealSample();
    QByteArray second;
    REQUIRE(Sealer::seal(SecureBytes::fromUtf8(PlainNumber), s.recipient.publicKey(), s.ad, &second,
                         nullptr));
    CHECK(second != s.envelope); // fresh ephemeral key and nonce each time
    CHECK(second.mid(1, 16) == s.envelope.mid(1, 16));
    CHECK(opens(second, s.recipient, s.ad));
}

TEST_CASE("empty plaintext round-trips", "[crypto][sealer]")
{
    const KeyPair key = keyPairFromHex(BobPrivateHex);
    QByteArray envelope;
    REQUIRE(Sealer::seal(SecureBytes(), key.publicKey(), {}, &envelope, nullptr));
    CHECK(envelope.size() == Sealer::Overhead);
    SecureBytes plaintext(3);
    REQUIRE(Sealer::open(envelope, key, {}, &plaintext, nullptr));
    CHECK(plaintext.isEmpty());
}

TEST_CASE("every tampered envelope region is rejected with the same message", "[crypto][sealer]")
{
    const Sealed s = sealSample();
    QString reference;
    REQUIRE_FALSE(opens(flipped(s.envelope, s.envelope.size() - 1), s.recipient, s.ad, &reference));
    CHECK_FALSE(reference.isEmpty());
    CHECK_FALSE(reference.contains(PlainNumber));

    struct Region
    {
        const char* name;
        qsizetype index;
    };
    const Region regions[] = {
        {"version byte", 0},
        {"key id (first byte)", 1},
        {"key id (last byte)", 16},
        {"ephemeral public key (first byte)", 17},
        {"ephemeral public key (last byte)", 48},
        {"nonce (first byte)", 49},
        {"nonce (last byte)", 60},
        {"ciphertext (first byte)", Sealer::HeaderSize},
        {"ciphertext (last byte)", Sealer::HeaderSize + PlainNumber.size() - 1},
        {"tag (first byte)", s.envelope.size() - Sealer::TagSize},
        {"tag (last byte)", s.envelope.size() - 1},
    };
    for (const Region& region : regions) {
        INFO(region.name);
        QString error;
        CHECK_FALSE(opens(flipped(s.envelope, region.index), s.recipient, s.ad, &error));
        CHECK(error == reference);
    }
}

TEST_CASE("every single-bit change anywhere in the envelope is rejected", "[crypto][sealer]")
{
    const Sealed s = sealSample();
    for (qsizetype i = 0; i < s.envelope.size(); ++i) {
        for (int bit = 0; bit < 8; ++bit) {
            QByteArray tampered = s.envelope;
            tampered[i] = static_cast<char>(tampered[i] ^ (1 << bit));
            INFO("byte " << i << " bit " << bit);
            REQUIRE_FALSE(opens(tampered, s.recipient, s.ad));
        }
    }
}

TEST_CASE("a different version byte is rejected even with a valid remainder", "[crypto][sealer]")
{
    const Sealed s = sealSample();
    for (int version : {0x00, 0x02, 0xff}) {
        QByteArray changed = s.envelope;
        changed[0] = static_cast<char>(version);
        CHECK_FALSE(opens(changed, s.recipient, s.ad));
    }
}

TEST_CASE("truncated or extended envelopes are rejected", "[crypto][sealer]")
{
    const Sealed s = sealSample();
    CHECK_FALSE(opens({}, s.recipient, s.ad));
    CHECK_FALSE(opens(s.envelope.left(Sealer::Overhead - 1), s.recipient, s.ad));
    CHECK_FALSE(opens(s.envelope.chopped(1), s.recipient, s.ad));
    CHECK_FALSE(opens(s.envelope + '\0', s.recipient, s.ad));
    CHECK(Sealer::keyIdOf(s.envelope.left(10)).isEmpty());
}

TEST_CASE("changed associated data is rejected", "[crypto][sealer]")
{
    const Sealed s = sealSample();
    CHECK_FALSE(opens(s.envelope, s.recipient, {}));
    CHECK_FALSE(
        opens(s.envelope, s.recipient, AssociatedData::forField(u"recipient", 43, u"my_number")));
    CHECK_FALSE(opens(s.envelope, s.recipient,
                      AssociatedData::forField(u"recipient", 42, u"guardian_my_number")));
    CHECK_FALSE(
        opens(s.envelope, s.recipient, AssociatedData::forField(u"applicant", 42, u"my_number")));
    CHECK_FALSE(opens(s.envelope, s.recipient, s.ad + '\0'));
}

TEST_CASE("open with a different private key is rejected", "[crypto][sealer]")
{
    const Sealed s = sealSample();
    KeyPair other;
    REQUIRE(KeyPair::generate(&other, nullptr));
    QString error;
    CHECK_FALSE(opens(s.envelope, other, s.ad, &error));
    CHECK_FALSE(error.isEmpty());

    // Even when the key id is rewritten to the other key's, the key derivation (salt holds
    // the recipient public key) and the authenticated key id make the tag fail.
    QByteArray relabelled = s.envelope;
    relabelled.replace(1, 16, other.publicKey().keyId());
    CHECK_FALSE(opens(relabelled, other, s.ad));
}

TEST_CASE("a low-order ephemeral point is rejected", "[crypto][sealer]")
{
    const Sealed s = sealSample();
    QByteArray forged = s.envelope;
    forged.replace(17, 32, QByteArray(32, '\0'));
    CHECK_FALSE(opens(forged, s.recipient, s.ad));
}

TEST_CASE("seal and open refuse null keys", "[crypto][sealer]")
{
    QByteArray envelope;
    QString error;
    CHECK_FALSE(
        Sealer::seal(SecureBytes::fromUtf8(PlainNumber), PublicKey(), {}, &envelope, &error));
    CHECK_FALSE(error.isEmpty());
    SecureBytes plaintext;
    error.clear();
    CHECK_FALSE(Sealer::open(QByteArray(100, 'x'), KeyPair(), {}, &plaintext, &error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("a failed open leaves the output untouched", "[crypto][sealer]")
{
    const Sealed s = sealSample();
    SecureBytes plaintext = SecureBytes::fromUtf8(u"unchanged");
    CHECK_FALSE(Sealer::open(flipped(s.envelope, 70), s.recipient, s.ad, &plaintext, nullptr));
    CHECK(plaintext.toDisplayString() == QStringLiteral("unchanged"));
}
