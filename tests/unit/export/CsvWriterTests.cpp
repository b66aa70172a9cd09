// The CSV files staff get (core/export/CsvWriter): RFC 4180 quoting, CRLF, CP932 or UTF-8 BOM.
#include "core/export/CsvWriter.h"

#include <QStringDecoder>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::CsvWriter;

TEST_CASE("CSV fields are quoted as RFC 4180 says, and only when they must be", "[csv]")
{
    CHECK(CsvWriter::quoted(u"試験"_s) == u"試験"_s);
    CHECK(CsvWriter::quoted(u"a,b"_s) == u"\"a,b\""_s);
    CHECK(CsvWriter::quoted(u"彼は\"はい\"と"_s) == u"\"彼は\"\"はい\"\"と\""_s);
    CHECK(CsvWriter::quoted(u"一行目\n二行目"_s) == u"\"一行目\n二行目\""_s);
    CHECK(CsvWriter::quoted(u"cr\r"_s) == u"\"cr\r\""_s);
    CHECK(CsvWriter::quoted(QString()) == QString());
}

TEST_CASE("UTF-8 CSV starts with a byte-order mark and ends records with CRLF", "[csv]")
{
    CsvWriter csv(CsvWriter::Encoding::Utf8Bom);
    REQUIRE(csv.addRecord({u"受給者番号"_s, u"住所"_s}));
    REQUIRE(csv.addRecord({u"0000001"_s, u"大阪府,池田市"_s}));
    CHECK(csv.bytes() == QByteArray("\xEF\xBB\xBF") +
                             u"受給者番号,住所\r\n0000001,\"大阪府,池田市\"\r\n"_s.toUtf8());
    CHECK(csv.records() == 2);
}

TEST_CASE("CP932 CSV holds Windows' own characters and refuses what CP932 cannot hold", "[csv]")
{
    CsvWriter csv(CsvWriter::Encoding::Cp932);
    REQUIRE(csv.addRecord({u"髙橋"_s, u"①"_s, u"～"_s}));
    const QByteArray first = csv.bytes();
    CHECK(first.startsWith(QByteArray("\xFB\xFC"))); // 髙 (NEC-selected IBM extension)
    CHECK(first.contains(QByteArray("\x87\x40")));   // ①
    CHECK(QStringDecoder("CP932").decode(first) == u"髙橋,①,～\r\n"_s);
    // 𠮷 (U+20BB7) is not in CP932: refused with the line named, nothing added.
    CHECK_FALSE(csv.addRecord({u"𠮷野"_s}));
    CHECK(csv.problem().contains(u"2"_s));
    CHECK(csv.bytes() == first);
    CHECK(csv.records() == 1);
    // The writer goes on after a refused record.
    CHECK(csv.addRecord({u"吉野"_s}));
    CHECK(csv.records() == 2);
}

TEST_CASE("CP932 CSV refuses every record CP932 cannot hold, not only the first", "[csv]")
{
    // Regression (tests/fuzz/FuzzCsv.cpp): after one refused record, later unmappable
    // characters were written as 0xFCFC instead of being refused.
    CsvWriter csv(CsvWriter::Encoding::Cp932);
    CHECK_FALSE(csv.addRecord({u"𠮷野"_s}));
    CHECK(csv.addRecord({u"吉野"_s}));
    CHECK_FALSE(csv.addRecord({u"𠮷田"_s}));
    CHECK_FALSE(csv.addRecord({u"\uFFFD"_s}));
    CHECK(csv.problem().contains(u"2"_s));
    CHECK(csv.records() == 1);
    QStringDecoder decoder("CP932");
    CHECK(decoder.decode(csv.bytes()) == u"吉野\r\n"_s);
    CHECK_FALSE(decoder.hasError());
}
