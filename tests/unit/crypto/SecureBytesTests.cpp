// Secure buffers for plaintext My Numbers and keys, and wiping Qt strings.
#include "core/crypto/SecureBytes.h"
#include "core/crypto/Wipe.h"

#include <catch2/catch.hpp>
#include <utility>

using namespace kohi::crypto;

TEST_CASE("SecureBytes::fromUtf8 encodes into secure memory", "[crypto][secure]")
{
    const SecureBytes ascii = SecureBytes::fromUtf8(u"123456789018");
    CHECK(ascii.size() == 12);
    CHECK(ascii.data()[0] == '1');
    const SecureBytes japanese = SecureBytes::fromUtf8(u"個人番号");
    CHECK(japanese.size() == 12); // 4 characters x 3 UTF-8 bytes
    QString shown = japanese.toDisplayString();
    CHECK(shown == QStringLiteral("個人番号"));
    wipe(shown);
    CHECK(SecureBytes::fromUtf8(QStringView()).isEmpty());
}

TEST_CASE("SecureBytes copy and move and clear", "[crypto][secure]")
{
    SecureBytes original = SecureBytes::fromUtf8(u"secret");
    SecureBytes copy = original;
    CHECK(copy.constantTimeEquals(original));
    CHECK(copy.data() != original.data()); // deep copy

    SecureBytes moved = std::move(copy);
    CHECK(moved.constantTimeEquals(original));
    CHECK(copy.isEmpty()); // NOLINT(bugprone-use-after-move): moved-from is defined as empty
    CHECK(copy.toDisplayString().isEmpty());

    copy = original; // a moved-from object can be assigned again
    CHECK(copy.constantTimeEquals(original));

    moved.clear();
    CHECK(moved.isEmpty());
    CHECK_FALSE(moved.constantTimeEquals(original));
}

TEST_CASE("SecureBytes comparison", "[crypto][secure]")
{
    CHECK(SecureBytes(4).constantTimeEquals(SecureBytes(4)));
    CHECK_FALSE(SecureBytes(4).constantTimeEquals(SecureBytes(5)));
    CHECK_FALSE(SecureBytes::fromUtf8(u"abcd").constantTimeEquals(SecureBytes::fromUtf8(u"abce")));
    CHECK(SecureBytes().constantTimeEquals(SecureBytes()));
}

TEST_CASE("wipe(QString) zeroes the whole allocation", "[crypto][secure]")
{
    QString text = QStringLiteral("123456789018");
    text.detach();
    text.remove(0, 2); // leaves free space before begin()
    text.truncate(6);  // and stale characters after the end
    const QChar* begin = text.constData() - text.data_ptr().freeSpaceAtBegin();
    const qsizetype allocated = text.data_ptr().constAllocatedCapacity();
    REQUIRE(allocated >= 12);

    wipe(text);
    CHECK(text.isEmpty());
    // The allocation is kept (zeroed) until the QString is destroyed, so it can be inspected.
    for (qsizetype i = 0; i < allocated; ++i)
        REQUIRE(begin[i].unicode() == 0);
}

TEST_CASE("wipe(QByteArray) zeroes the whole allocation", "[crypto][secure]")
{
    QByteArray bytes("123456789018");
    bytes.detach();
    bytes.remove(0, 3);
    const char* begin = bytes.constData() - bytes.data_ptr().freeSpaceAtBegin();
    const qsizetype allocated = bytes.data_ptr().constAllocatedCapacity();
    wipe(bytes);
    CHECK(bytes.isEmpty());
    for (qsizetype i = 0; i < allocated; ++i)
        REQUIRE(begin[i] == '\0');
}

TEST_CASE("wipe leaves null and literal strings alone", "[crypto][secure]")
{
    QString null;
    wipe(null);
    CHECK(null.isNull());
    QString literal = QStringLiteral("static");
    wipe(literal); // read-only literal data: the string detaches, the literal is untouched
    CHECK(literal.isEmpty());
    CHECK(QStringLiteral("static") == QLatin1String("static"));
}
