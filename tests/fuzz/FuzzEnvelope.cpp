// The field-encryption envelopes (core/crypto/README.md): Sealer::open / keyIdOf on any bytes,
// seal → open round trips with tampering, and KeyWrapper's wrapped-key blob parser.
#include "core/crypto/AssociatedData.h"
#include "core/crypto/KeyPair.h"
#include "core/crypto/KeyWrapper.h"
#include "core/crypto/Sealer.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace kohi::crypto;

namespace {

SecureBytes secure(QByteArrayView bytes)
{
    return SecureBytes(std::span<const std::uint8_t>(
        reinterpret_cast<const std::uint8_t*>(bytes.data()), std::size_t(bytes.size())));
}

QByteArray plain(const SecureBytes& bytes)
{
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
}

// RFC 7748 §6.1 test keys (public vectors, not secrets): the same as the crypto unit tests.
const KeyPair& recipient()
{
    static const KeyPair pair = [] {
        KeyPair p;
        KeyPair::fromPrivateKey(
            secure(QByteArray::fromHex(
                "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a")),
            &p, nullptr);
        return p;
    }();
    return pair;
}

const QByteArray& associatedData()
{
    static const QByteArray ad = AssociatedData::forField(u"recipient", 1, u"my_number");
    return ad;
}

// Every failure of open() must give this one message (nothing about which check failed).
const QString& openFailedMessage()
{
    static const QString message = [] {
        SecureBytes out;
        QString error;
        Sealer::open(QByteArrayView(), recipient(), associatedData(), &out, &error);
        return error;
    }();
    return message;
}

// Mode 0: the bytes are an envelope read from the database.
void openUntrusted(QByteArrayView envelope)
{
    const QByteArray keyId = Sealer::keyIdOf(envelope);
    const bool v1 = envelope.size() >= Sealer::Overhead && std::uint8_t(envelope[0]) == 0x01;
    KOHI_FUZZ_CHECK(keyId ==
                    (v1 ? envelope.sliced(1, Sealer::KeyIdSize).toByteArray() : QByteArray()));
    SecureBytes opened;
    QString error;
    if (Sealer::open(envelope, recipient(), associatedData(), &opened, &error)) {
        // Only an envelope sealed to this key opens: the seeds seal synthetic My Numbers.
        KOHI_FUZZ_CHECK(keyId == recipient().publicKey().keyId());
        KOHI_FUZZ_CHECK(envelope.size() == Sealer::Overhead + qsizetype(opened.size()));
    } else {
        KOHI_FUZZ_CHECK(error == openFailedMessage() && opened.isEmpty());
    }
}

// Mode 1: the bytes are a plaintext; sealed, it opens to itself and any single changed bit or
// other associated data makes open() fail.
void roundTrip(QByteArrayView input)
{
    // First byte: plaintext length; then the plaintext; the rest seeds the ephemeral key.
    const qsizetype length =
        input.isEmpty() ? 0 : qMin<qsizetype>(std::uint8_t(input[0]), input.size() - 1);
    const QByteArrayView text = input.isEmpty() ? input : input.sliced(1, length);
    const QByteArrayView tail = input.isEmpty() ? input : input.sliced(1 + length);
    QByteArray ephemeral(32, '\x5d');
    for (qsizetype i = 0; i < tail.size() && i < 32; ++i)
        ephemeral[i] = tail[i];
    QByteArray envelope;
    QString error;
    KOHI_FUZZ_CHECK(detail::sealWithEphemeralKey(
        secure(text), recipient().publicKey(), associatedData(), secure(ephemeral),
        QByteArray(Sealer::NonceSize, '\x24'), &envelope, &error));
    KOHI_FUZZ_CHECK(envelope.size() == Sealer::Overhead + text.size());
    SecureBytes opened;
    KOHI_FUZZ_CHECK(Sealer::open(envelope, recipient(), associatedData(), &opened, &error));
    KOHI_FUZZ_CHECK(plain(opened) == text.toByteArray());

    std::size_t mix = 0;
    for (const char c : input)
        mix = mix * 131 + std::uint8_t(c);
    const std::size_t bit = mix % std::size_t(envelope.size() * 8);
    QByteArray tampered = envelope;
    tampered[qsizetype(bit / 8)] = char(tampered[qsizetype(bit / 8)] ^ (1 << (bit % 8)));
    SecureBytes none;
    KOHI_FUZZ_CHECK(!Sealer::open(tampered, recipient(), associatedData(), &none, &error));
    KOHI_FUZZ_CHECK(error == openFailedMessage());
    const QByteArray otherAd = AssociatedData::forField(u"recipient", 2, u"my_number");
    KOHI_FUZZ_CHECK(!Sealer::open(envelope, recipient(), otherAd, &none, &error));
    KOHI_FUZZ_CHECK(!Sealer::open(envelope.first(envelope.size() - 1), recipient(),
                                  associatedData(), &none, &error));
}

// Mode 2: the bytes are a wrapped private key (KeyWrapper format v1) from the database.
void unwrapUntrusted(QByteArrayView blob)
{
    QByteArray keyId;
    Argon2Params params;
    QString error;
    const bool parsed = KeyWrapper::inspect(blob, &keyId, &params, &error);
    // The header read independently: version 1, then three big-endian 32-bit costs.
    const auto be32 = [&](qsizetype at) {
        return std::uint32_t(std::uint8_t(blob[at])) << 24 |
               std::uint32_t(std::uint8_t(blob[at + 1])) << 16 |
               std::uint32_t(std::uint8_t(blob[at + 2])) << 8 | std::uint8_t(blob[at + 3]);
    };
    const bool wellFormed = blob.size() == KeyWrapper::BlobSize && std::uint8_t(blob[0]) == 1 &&
                            Argon2Params{be32(1), be32(5), be32(9)}.isValid();
    KOHI_FUZZ_CHECK(parsed == wellFormed);
    if (parsed)
        KOHI_FUZZ_CHECK(params == (Argon2Params{be32(1), be32(5), be32(9)}));
    if (!parsed) {
        KOHI_FUZZ_CHECK(!error.isEmpty());
        KeyPair none;
        KOHI_FUZZ_CHECK(!KeyWrapper::unwrapKey(blob, u"fuzz-passphrase", &none, &error));
        return;
    }
    KOHI_FUZZ_CHECK(keyId.size() == PublicKey::KeyIdSize);
    // Argon2 with the costs a blob may claim (up to 1 GiB) is too slow to fuzz: cheap ones only.
    if (params.memoryKiB > 256 || params.iterations > 2 || params.parallelism > 2)
        return;
    KeyPair unwrapped;
    if (KeyWrapper::unwrapKey(blob, u"fuzz-passphrase", &unwrapped, &error)) {
        KOHI_FUZZ_CHECK(unwrapped.publicKey().keyId() == keyId);
    } else {
        KOHI_FUZZ_CHECK(!error.isEmpty() && unwrapped.isNull());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView rest(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    switch (data[0] % 3) {
    case 0:
        openUntrusted(rest);
        break;
    case 1:
        roundTrip(rest);
        break;
    default:
        unwrapUntrusted(rest);
        break;
    }
    return 0;
}
