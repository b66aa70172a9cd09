// Statistics of the register and CSV exports of a search (0038) through raw connections: counts
// by programme, disease, tier and 保健所 for a date, the walls between groups, the export's
// fields, its log event with the row count, and no My Number in it.
#include "core/export/CsvWriter.h"
#include "db/RecipientExport.h"
#include "tests/support/FreshDatabase.h"
#include "tests/support/RawConnection.h"
#include "tests/support/TestDatabase.h"

#include <QStringDecoder>
#include <catch2/catch.hpp>
#include <set>

using namespace Qt::StringLiterals;
using kohi::db::PgResult;
using kohi::test::FreshDatabase;
using kohi::test::RawConnection;
using kohi::test::TestDatabase;

namespace {

void exec(kohi::db::Session& dba, const QString& sql)
{
    const PgResult r = dba.exec(sql);
    INFO(r.errorMessage.toStdString());
    REQUIRE(r.ok);
}

// Recipients with approved certificates: (number, programme, municipality, disease, tier, from,
// to).
void addCertified(kohi::db::Session& dba)
{
    exec(dba,
         u"WITH v(n, prog, city, disease, tier, f, t, phone, addr) AS (VALUES"
         " ('1000001', '54', '池田市', '006', 'general1', '2026-01-01', '2026-12-31', "
         "'072-111-2222', '大阪府池田市1'),"
         " ('1000002', '54', '池田市', '006', 'upper', '2026-01-01', '2026-12-31', NULL, "
         "'大阪府池田市2'),"
         " ('1000003', '54', '岸和田市', '096', 'general1', '2026-01-01', '2026-12-31', NULL,"
         "  '大阪府岸和田市 1234-5678-9018'),"
         " ('1000004', '54', '豊中市', '096', 'low1', '2026-01-01', '2026-12-31', NULL, "
         "'大阪府豊中市,\"北\"'),"
         " ('1000005', '54', '池田市', '006', 'general1', '2025-01-01', '2025-12-31', NULL, "
         "'大阪府池田市5'),"
         " ('1000006', '52', '茨木市', '01-001', 'general2', '2026-01-01', '2026-12-31', NULL, "
         "'大阪府茨木市6')),"
         " r AS (INSERT INTO kohi.recipient (programme, recipient_number, family_name, given_name,"
         "   family_name_kana, given_name_kana, birth_date, sex, address, municipality_code,"
         "   phone, synthetic)"
         " SELECT v.prog, v.n, '統計', '花子' || right(v.n, 1), 'トウケイ', 'ハナコ', date "
         "'1970-01-01',"
         "   2, v.addr, (SELECT code FROM kohi.municipality m WHERE m.name = v.city), v.phone, true"
         " FROM v RETURNING id, programme, recipient_number)"
         " INSERT INTO kohi.application (programme, recipient_id, kind, state, received_date,"
         "   disease_code, income_tier, monthly_cap, valid_from, valid_to, decided_by, decided_at)"
         " SELECT r.programme, r.id, 'new', 'approved', v.f::date, v.disease, v.tier, 10000,"
         "   v.f::date, v.t::date, 'x', now() FROM r JOIN v ON v.n = r.recipient_number"_s);
}

QHash<QString, int> statistics(RawConnection& c, const QString& date)
{
    QHash<QString, int> counts;
    c.ok(u"SELECT string_agg(dimension || '/' || label || '=' || recipients, ';')"
         " FROM kohi_api.register_statistics($1::date)"_s,
         {date.toUtf8()});
    for (const QString& part : c.value().split(u';', Qt::SkipEmptyParts)) {
        const auto kv = part.split(u'=');
        counts.insert(kv.at(0), kv.at(1).toInt());
    }
    return counts;
}

} // namespace

TEST_CASE("statistics count the certificates valid on a date by programme, disease, tier and "
          "保健所, within the caller's groups",
          "[statistics]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_statistics"_s);
    addCertified(db.dba());
    const auto nanbyo = db.createStaff(u"st_nan"_s, {u"kohi_clerk_nanbyo"_s});
    const auto boshi = db.createStaff(u"st_bos"_s, {u"kohi_clerk_boshi"_s});
    RawConnection n(db.name(), nanbyo.login, nanbyo.password);
    const auto c = statistics(n, u"2026-06-01"_s);
    CHECK(c.value(u"programme/特定医療費（指定難病）"_s) == 4);
    CHECK(c.value(u"disease/パーキンソン病"_s) == 2);
    CHECK(c.value(u"disease/クローン病"_s) == 2);
    CHECK(c.value(u"tier/一般所得I"_s) == 2);
    CHECK(c.value(u"tier/上位所得"_s) == 1);
    CHECK(c.value(u"tier/低所得I"_s) == 1);
    CHECK(c.value(u"health_centre/池田保健所"_s) == 2);
    CHECK(c.value(u"health_centre/岸和田保健所"_s) == 1);
    CHECK(c.value(u"health_centre/豊中市保健所"_s) == 1); // a 中核市's office receives 54
    CHECK_FALSE(c.contains(u"programme/小児慢性特定疾病医療費"_s)); // another group's
    // On 2025-06-01 only the one whose certificate ran through 2025.
    const auto old = statistics(n, u"2025-06-01"_s);
    CHECK(old.value(u"programme/特定医療費（指定難病）"_s) == 1);
    // The last day counts, the day after does not.
    CHECK(statistics(n, u"2026-12-31"_s).value(u"programme/特定医療費（指定難病）"_s) == 4);
    CHECK(statistics(n, u"2027-01-01"_s).value(u"programme/特定医療費（指定難病）"_s) == 0);
    RawConnection b(db.name(), boshi.login, boshi.password);
    const auto cb = statistics(b, u"2026-06-01"_s);
    CHECK(cb.value(u"programme/小児慢性特定疾病医療費"_s) == 1);
    CHECK(cb.value(u"health_centre/茨木保健所"_s) == 1);
    CHECK_FALSE(cb.contains(u"programme/特定医療費（指定難病）"_s));
    n.fails(u"SELECT * FROM kohi_api.register_statistics('1900-01-01')"_s);
    CHECK(n.sqlstate() == u"22023"_s);
    // The statistics call is logged.
    kohi::test::sealAuditLog(db.dba());
    const PgResult logged = db.dba().exec(
        u"SELECT count(*) AS n FROM kohi.audit_event WHERE action = 'register_statistics'"
        " AND login = $1 AND outcome = 'ok'"_s,
        {nanbyo.login.toUtf8()});
    CHECK(logged.first(u"n"_s).toInt() == 4);
}

TEST_CASE("a CSV export of a search has the chosen fields, is logged with its row count and holds "
          "no My Number",
          "[export]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_export"_s);
    addCertified(db.dba());
    const auto clerk = db.createStaff(u"ex_nan"_s, {u"kohi_clerk_nanbyo"_s});
    RawConnection c(db.name(), clerk.login, clerk.password);
    c.ok(u"SELECT string_agg(array_to_string(fields, '|'), E'\\n' ORDER BY row_no)"
         " FROM kohi_api.recipient_export('トウケイ', NULL, NULL, NULL,"
         " ARRAY['recipient_number', 'address', 'health_centre', 'disease', 'valid_to'])"_s);
    const QStringList lines = c.value().split(u'\n');
    REQUIRE(lines.size() == 5); // 54 only: the 52 recipient is another group's
    CHECK(lines.contains(u"1000001|大阪府池田市1|池田保健所|パーキンソン病|2026-12-31"_s));
    // A My Number typed into the address by mistake leaves masked.
    CHECK(c.value().contains(u"大阪府岸和田市 ＊＊＊＊"_s));
    CHECK_FALSE(c.value().contains(u"9018"_s));
    // Phone search (digits only compared).
    c.ok(u"SELECT count(*) FROM kohi_api.recipient_export(NULL, NULL, NULL, '0721112222',"
         " ARRAY['name'])"_s);
    CHECK(c.value().toInt() == 1);
    kohi::test::sealAuditLog(db.dba());
    const PgResult logged = db.dba().exec(
        u"SELECT details FROM kohi.audit_event WHERE action = 'recipient_export' AND login = $1"
        " AND outcome = 'ok' ORDER BY chain_seq"_s,
        {clerk.login.toUtf8()});
    REQUIRE(logged.rows.size() == 2);
    CHECK(logged.value(0, u"details"_s).toString().contains(u"\"rows\": 5"_s));
    CHECK(logged.value(0, u"details"_s).toString().contains(u"health_centre"_s));

    // No My Number field, nor any unknown one; the refusal is durable.
    for (const QString& field : {u"mynumber"_s, u"kojin_bango"_s, u"r.id); DROP TABLE x; --"_s}) {
        c.ok(u"BEGIN"_s);
        c.fails(u"SELECT * FROM kohi_api.recipient_export(NULL, NULL, NULL, NULL, ARRAY[$1])"_s,
                {field.toUtf8()});
        CHECK(c.sqlstate() == u"22023"_s);
        c.ok(u"ROLLBACK"_s);
    }
    c.fails(u"SELECT * FROM kohi_api.recipient_export(NULL, NULL, NULL, NULL, '{}')"_s);
    CHECK(c.sqlstate() == u"22023"_s);
    kohi::test::sealAuditLog(db.dba());
    const PgResult refused = db.dba().exec(
        u"SELECT count(*) AS n FROM kohi.audit_event WHERE action = 'recipient_export'"
        " AND outcome = 'refused'"_s);
    CHECK(refused.first(u"n"_s).toInt() == 4);

    // Through the db layer and the CSV writer: CP932 with RFC 4180 quoting.
    auto session = db.connect(clerk);
    REQUIRE(session);
    kohi::db::RecipientExport exporter(*session);
    const auto rows =
        exporter.rows({u"トウケイ"_s, {}, {}, {}}, {u"recipient_number"_s, u"address"_s});
    REQUIRE(rows);
    kohi::CsvWriter csv(kohi::CsvWriter::Encoding::Cp932);
    REQUIRE(csv.addRecord({u"受給者番号"_s, u"住所"_s}));
    for (const auto& row : *rows)
        REQUIRE(csv.addRecord(row));
    const QString text = QStringDecoder("CP932").decode(csv.bytes());
    CHECK(text.startsWith(u"受給者番号,住所\r\n"_s));
    CHECK(text.contains(u"1000004,\"大阪府豊中市,\"\"北\"\"\"\r\n"_s));
    CHECK(csv.records() == 6);
}

TEST_CASE("every municipality the prefecture serves has its 保健所, the 中核市 their own offices",
          "[statistics]")
{
    auto& tdb = TestDatabase::instance();
    REQUIRE(tdb.available());
    const auto clerk = tdb.createStaff(u"hc_map"_s, {u"kohi_clerk_nanbyo"_s});
    auto c = tdb.connect(clerk.login, clerk.password);
    REQUIRE(c);
    const PgResult r = c->exec(u"SELECT municipality_name, health_centre_name FROM"
                               " kohi_api.municipality_health_centres(NULL)"_s);
    REQUIRE(r.ok);
    QHash<QString, QString> map;
    for (int i = 0; i < r.rows.size(); ++i)
        map.insert(r.value(i, u"municipality_name"_s).toString(),
                   r.value(i, u"health_centre_name"_s).toString());
    CHECK(map.value(u"池田市"_s) == u"池田保健所"_s);
    CHECK(map.value(u"千早赤阪村"_s) == u"富田林保健所"_s);
    CHECK(map.value(u"吹田市"_s) == u"吹田市保健所"_s);
    CHECK(map.value(u"大阪市"_s).isEmpty()); // not served: no 保健所 of the prefecture
    int unmapped = 0;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        if (it.value().isEmpty() && it.key() != u"大阪市"_s && it.key() != u"堺市"_s)
            ++unmapped;
    CHECK(unmapped == 0);
    const std::set<QString> centres(map.cbegin(), map.cend());
    CHECK(centres.size() == 16 + 1); // 9 prefectural + 7 中核市 offices, and the empty one
}
