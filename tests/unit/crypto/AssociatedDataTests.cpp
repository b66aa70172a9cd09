// Canonical associated data: exact bytes and freedom from ambiguity.
#include "core/crypto/AssociatedData.h"

#include <QSet>
#include <catch2/catch.hpp>

using kohi::crypto::AssociatedData;

TEST_CASE("associated data has the documented byte layout", "[crypto][ad]")
{
    // Same bytes as make_vectors.py's associated_data("recipient", "42", "my_number").
    CHECK(AssociatedData::forField(u"recipient", u"42", u"my_number").toHex() ==
          "0000000a6b6f68692d61642d763100000009726563697069656e740000000234"
          "32000000096d795f6e756d626572");
}

TEST_CASE("numeric record ids encode as their decimal text", "[crypto][ad]")
{
    CHECK(AssociatedData::forField(u"recipient", 42, u"my_number") ==
          AssociatedData::forField(u"recipient", u"42", u"my_number"));
    CHECK(AssociatedData::forField(u"r", -7, u"f") == AssociatedData::forField(u"r", u"-7", u"f"));
}

TEST_CASE("shifting characters between components changes the bytes", "[crypto][ad]")
{
    const QByteArray all[] = {
        AssociatedData::forField(u"ab", u"c", u"d"),
        AssociatedData::forField(u"a", u"bc", u"d"),
        AssociatedData::forField(u"a", u"b", u"cd"),
        AssociatedData::forField(u"abc", u"", u"d"),
        AssociatedData::forField(u"", u"abc", u"d"),
        AssociatedData::forField(u"a", u"", u"bcd"),
        AssociatedData::forField(u"recipient", u"1", u"2my_number"),
        AssociatedData::forField(u"recipient", u"12", u"my_number"),
    };
    QSet<QByteArray> distinct;
    for (const QByteArray& ad : all)
        distinct.insert(ad);
    CHECK(distinct.size() == static_cast<qsizetype>(std::size(all)));
}

TEST_CASE("non-ASCII components are length-prefixed in UTF-8 bytes", "[crypto][ad]")
{
    const QByteArray ad = AssociatedData::forField(u"受給者", u"1", u"個人番号");
    // "受給者" is 3 characters but 9 UTF-8 bytes.
    CHECK(ad.mid(14, 4).toHex() == "00000009");
    CHECK(ad.mid(18, 9) == QStringLiteral("受給者").toUtf8());
}
