// Evidence custody (issue 12 item 3, migration 0034) through psql-like raw connections as each
// staff role: My Number evidence only in a staff-only cabinet (the refusal durably logged), the
// check-out/return round trip, overdue papers on the monitoring screen, documents invisible to
// the other programme group, cabinets registered by approvers only, disposal recorded.
#include "tests/support/FreshDatabase.h"
#include "tests/support/RawConnection.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::test::FreshDatabase;
using kohi::test::RawConnection;
using kohi::test::TestDatabase;

namespace {

QByteArray utf8(const QString& s)
{
    return s.toUtf8();
}

struct CustodyWorld
{
    FreshDatabase db{u"kohi_evidence_custody"_s};
    TestDatabase::Staff approver = db.createStaff(u"ev_appr"_s, {u"kohi_approver"_s});
    TestDatabase::Staff nanbyo = db.createStaff(u"ev_nan"_s, {u"kohi_clerk_nanbyo"_s});
    TestDatabase::Staff boshi = db.createStaff(u"ev_bos"_s, {u"kohi_clerk_boshi"_s});
    TestDatabase::Staff auditor = db.createStaff(u"ev_aud"_s, {u"kohi_auditor"_s});

    qint64 recipient(const QString& programme, const QString& number)
    {
        const auto r = db.dba().exec(
            u"INSERT INTO kohi.recipient (programme, recipient_number, family_name, given_name,"
            " family_name_kana, given_name_kana, birth_date, sex, address, municipality_code,"
            " synthetic) VALUES ($1, $2, '保管', '花子', 'ホカン', 'ハナコ', '1970-05-05', 2,"
            " '大阪府池田市1-1', '272043', true) RETURNING id"_s,
            {utf8(programme), utf8(number)});
        INFO(r.errorMessage.toStdString());
        REQUIRE(r.ok);
        return r.first(u"id"_s).toLongLong();
    }

    qint64 count(const QString& sql, const QList<QByteArray>& params = {})
    {
        kohi::test::sealAuditLog(db.dba());
        const auto r = db.dba().exec(sql, params);
        INFO(r.errorMessage.toStdString());
        REQUIRE(r.ok);
        return r.rows.value(0).value(0).toLongLong();
    }

    qint64 refusals(const QString& action, const QString& reason)
    {
        return count(u"SELECT count(*) FROM kohi.audit_event WHERE action = $1"
                     " AND outcome = 'refused' AND details ->> 'reason' = $2"_s,
                     {utf8(action), utf8(reason)});
    }
};

} // namespace

TEST_CASE("evidence custody: My Number evidence only in a staff-only cabinet, out and back with "
          "reasons, overdue on the monitoring screen, invisible to the other group",
          "[evidence][security]")
{
    REQUIRE(TestDatabase::instance().available());
    CustodyWorld w;
    const qint64 patient = w.recipient(u"54"_s, u"5430001"_s);
    RawConnection approver(w.db.name(), w.approver.login, w.approver.password);
    RawConnection clerk(w.db.name(), w.nanbyo.login, w.nanbyo.password);
    RawConnection other(w.db.name(), w.boshi.login, w.boshi.password);
    RawConnection auditor(w.db.name(), w.auditor.login, w.auditor.password);

    // Cabinets: an approver registers them; a clerk cannot.
    clerk.fails(u"SELECT kohi_api.evidence_cabinet_register('勝手な棚', '窓口', 'staff_only')"_s);
    CHECK(clerk.sqlstate() == u"42501"_s);
    approver.ok(u"SELECT kohi_api.evidence_cabinet_register('書庫A', '本庁3階 難病認定G 書庫',"
                " 'staff_only')"_s);
    const QByteArray staffCabinet = utf8(approver.value());
    approver.ok(u"SELECT kohi_api.evidence_cabinet_register('窓口棚', '本庁1階 受付カウンター',"
                " 'counter')"_s);
    const QByteArray counterCabinet = utf8(approver.value());
    approver.fails(u"SELECT kohi_api.evidence_cabinet_register('謎の棚', 'どこか', 'garden')"_s);
    CHECK(approver.error().contains(u"区域の種別"_s));
    approver.fails(
        u"SELECT kohi_api.evidence_cabinet_register('書庫A', '別の場所', 'staff_only')"_s);
    CHECK(approver.error().contains(u"同じ名前"_s));
    // A cabinet's area class never changes, not even by an owner's function path.
    CHECK_FALSE(w.db.dba()
                    .exec(u"UPDATE kohi.evidence_cabinet SET area_class = 'staff_only'"
                          " WHERE id = $1::bigint"_s,
                          {counterCabinet})
                    .ok);

    // My Number evidence in the counter cabinet: refused, and the refusal stays in the log
    // although the statement failed.
    clerk.fails(u"SELECT kohi_api.evidence_register($1, NULL, 'mynumber', '個人番号カードの写し',"
                " current_date, $2)"_s,
                {QByteArray::number(patient), counterCabinet});
    CHECK(clerk.sqlstate() == u"42501"_s);
    CHECK(clerk.error().contains(u"職員専用区域の保管庫にだけ"_s));
    CHECK(w.refusals(u"evidence_register"_s, u"cabinet_area"_s) == 1);
    CHECK(w.count(u"SELECT count(*) FROM kohi.evidence_document"_s) == 0);
    // Inside a transaction the caller rolls back: still on record.
    REQUIRE(clerk.exec(u"BEGIN"_s) == PGRES_COMMAND_OK);
    CHECK(clerk.exec(u"SELECT kohi_api.evidence_register($1, NULL, 'mynumber', '通知カードの写し',"
                     " current_date, $2)"_s,
                     {QByteArray::number(patient), counterCabinet}) == PGRES_FATAL_ERROR);
    clerk.exec(u"ROLLBACK"_s);
    CHECK(w.refusals(u"evidence_register"_s, u"cabinet_area"_s) == 2);

    // Papers of other kinds may sit at the counter; My Number evidence in the staff-only cabinet.
    clerk.ok(u"SELECT kohi_api.evidence_register($1, NULL, 'other', '診断書', current_date, $2)"_s,
             {QByteArray::number(patient), counterCabinet});
    clerk.ok(u"SELECT kohi_api.evidence_register($1, NULL, 'mynumber', '個人番号カードの写し',"
             " current_date - 1, $2)"_s,
             {QByteArray::number(patient), staffCabinet});
    const QByteArray doc = utf8(clerk.value());
    // Bad input changes nothing and says what is wrong.
    clerk.fails(u"SELECT kohi_api.evidence_register($1, NULL, 'mynumber', '', current_date, $2)"_s,
                {QByteArray::number(patient), staffCabinet});
    CHECK(clerk.error().contains(u"書類の名前"_s));
    clerk.fails(u"SELECT kohi_api.evidence_register($1, NULL, 'mynumber', '写し',"
                " current_date + 1, $2)"_s,
                {QByteArray::number(patient), staffCabinet});
    CHECK(clerk.error().contains(u"受領日"_s));
    CHECK(w.count(u"SELECT count(*) FROM kohi.evidence_document"_s) == 2);

    SECTION("check-out and return with reasons; the return, too, only to a staff-only cabinet")
    {
        clerk.fails(u"SELECT kohi_api.evidence_check_out($1, '  ')"_s, {doc});
        CHECK(clerk.error().contains(u"理由"_s));
        clerk.ok(u"SELECT kohi_api.evidence_check_out($1, '審査会資料の複写')"_s, {doc});
        clerk.fails(u"SELECT kohi_api.evidence_check_out($1, 'もう一度')"_s, {doc});
        CHECK(clerk.error().contains(u"持ち出し中"_s));
        clerk.fails(u"SELECT kohi_api.evidence_return($1, $2, '窓口で返却')"_s,
                    {doc, counterCabinet});
        CHECK(clerk.error().contains(u"職員専用区域"_s));
        CHECK(w.refusals(u"evidence_return"_s, u"cabinet_area"_s) == 1);
        clerk.ok(u"SELECT state FROM kohi_api.evidence_documents($1, NULL) WHERE id = $2"_s,
                 {QByteArray::number(patient), doc});
        CHECK(clerk.value() == u"checked_out"_s);
        clerk.ok(u"SELECT kohi_api.evidence_return($1, NULL, '複写を終えた')"_s, {doc});
        clerk.ok(u"SELECT state || '/' || cabinet_id FROM kohi_api.evidence_documents($1, NULL)"
                 " WHERE id = $2"_s,
                 {QByteArray::number(patient), doc});
        CHECK(clerk.value() == u"stored/"_s + QString::fromUtf8(staffCabinet));
        clerk.ok(u"SELECT string_agg(kind || ':' || coalesce(reason, ''), ',' ORDER BY at)"
                 " FROM kohi_api.evidence_history($1)"_s,
                 {doc});
        CHECK(clerk.value() == u"register:,check_out:審査会資料の複写,return:複写を終えた"_s);
        clerk.fails(u"SELECT kohi_api.evidence_return($1, NULL, '二度目')"_s, {doc});
        CHECK(w.count(u"SELECT count(*) FROM kohi.audit_event WHERE outcome = 'ok'"
                      " AND action IN ('evidence_check_out', 'evidence_return')"
                      " AND details ->> 'document_id' = $1"_s,
                      {doc}) == 2);

        // Disposal (the helper the retention work calls): recorded with who, when and why.
        CHECK_FALSE(w.db.dba().exec(u"SELECT kohi.evidence_dispose($1::bigint, '')"_s, {doc}).ok);
        REQUIRE(w.db.dba()
                    .exec(u"SELECT kohi.evidence_dispose($1::bigint, '保存期間満了')"_s, {doc})
                    .ok);
        CHECK(w.count(u"SELECT count(*) FROM kohi.evidence_document WHERE id = $1::bigint"
                      " AND state = 'disposed' AND disposal_reason = '保存期間満了'"
                      " AND disposed_by IS NOT NULL AND disposed_at IS NOT NULL"_s,
                      {doc}) == 1);
        CHECK(w.count(u"SELECT count(*) FROM kohi.audit_event WHERE action = 'evidence_dispose'"
                      " AND outcome = 'ok'"_s) == 1);
        CHECK_FALSE(
            w.db.dba().exec(u"SELECT kohi.evidence_dispose($1::bigint, 'もう一度')"_s, {doc}).ok);
        clerk.fails(u"SELECT kohi_api.evidence_check_out($1, '廃棄後')"_s, {doc});
        // The internal helper is nobody's to call.
        clerk.fails(u"SELECT kohi.evidence_dispose($1::bigint, '勝手に')"_s, {doc});
        CHECK(clerk.sqlstate() == u"42501"_s);
    }

    SECTION("a document out longer than the rule allows appears on the monitoring screen")
    {
        clerk.ok(u"SELECT kohi_api.evidence_check_out($1, '本人確認のため')"_s, {doc});
        auditor.ok(u"SELECT count(*) FROM kohi_api.monitor_alerts(false, 100)"
                   " WHERE rule_code = 'evidence_overdue'"_s);
        CHECK(auditor.value() == u"0"_s);
        // Nine hours ago (the rule allows eight by default).
        REQUIRE(w.db.dba()
                    .exec(u"UPDATE kohi.evidence_document SET checked_out_at = now() - interval"
                          " '9 hours' WHERE id = $1::bigint"_s,
                          {doc})
                    .ok);
        auditor.ok(u"SELECT subject || '|' || event_count || '|' || summary"
                   " FROM kohi_api.monitor_alerts(false, 100)"
                   " WHERE rule_code = 'evidence_overdue'"_s);
        REQUIRE(auditor.rows() == 1);
        CHECK(auditor.value() ==
              w.nanbyo.login +
                  u"|1|持ち出した証拠書類1件が返却されていません（持ち出しは8時間まで）。"_s);
        clerk.ok(u"SELECT overdue FROM kohi_api.evidence_documents($1, NULL) WHERE id = $2"_s,
                 {QByteArray::number(patient), doc});
        CHECK(clerk.value() == u"t"_s);
        // The auditor lengthens the allowance: the flag follows the rule.
        auditor.ok(u"SELECT kohi_api.monitor_rule_set('evidence_overdue', true, 1, 24, NULL,"
                   " NULL)"_s);
        clerk.ok(u"SELECT overdue FROM kohi_api.evidence_documents($1, NULL) WHERE id = $2"_s,
                 {QByteArray::number(patient), doc});
        CHECK(clerk.value() == u"f"_s);
        // The auditor sees the alert, never the document.
        auditor.fails(u"SELECT * FROM kohi_api.evidence_documents($1, NULL)"_s,
                      {QByteArray::number(patient)});
        auditor.fails(u"SELECT count(*) FROM kohi.evidence_document"_s);
    }

    SECTION("clerks of the other group cannot see or move the documents")
    {
        other.ok(u"SELECT count(*) FROM kohi_api.evidence_documents($1, NULL)"_s,
                 {QByteArray::number(patient)});
        CHECK(other.value() == u"0"_s);
        other.ok(u"SELECT count(*) FROM kohi_api.evidence_documents(NULL, $1)"_s, {staffCabinet});
        CHECK(other.value() == u"0"_s);
        other.fails(u"SELECT kohi_api.evidence_check_out($1, '覗き見')"_s, {doc});
        CHECK(other.sqlstate() == u"42501"_s);
        CHECK(other.error().contains(u"担当外"_s));
        other.fails(u"SELECT * FROM kohi_api.evidence_history($1)"_s, {doc});
        other.fails(u"SELECT kohi_api.evidence_register($1, NULL, 'other', '写し', current_date,"
                    " $2)"_s,
                    {QByteArray::number(patient), staffCabinet});
        CHECK(other.error().contains(u"担当外"_s));
        other.fails(u"SELECT count(*) FROM kohi.evidence_document"_s);
        CHECK(other.sqlstate() == u"42501"_s);
        CHECK(w.refusals(u"evidence_check_out"_s, u"not_found"_s) == 1);
        // An approver registers cabinets but handles no documents.
        approver.fails(u"SELECT * FROM kohi_api.evidence_documents($1, NULL)"_s,
                       {QByteArray::number(patient)});
    }

    SECTION("a cabinet with papers in it is not retired; an empty one is")
    {
        approver.fails(u"SELECT kohi_api.evidence_cabinet_retire($1)"_s, {staffCabinet});
        CHECK(approver.error().contains(u"保管中の書類"_s));
        approver.ok(
            u"SELECT kohi_api.evidence_cabinet_register('空の棚', '本庁3階', 'staff_only')"_s);
        const QByteArray empty = utf8(approver.value());
        approver.ok(u"SELECT kohi_api.evidence_cabinet_retire($1)"_s, {empty});
        clerk.fails(u"SELECT kohi_api.evidence_register($1, NULL, 'mynumber', '写し',"
                    " current_date, $2)"_s,
                    {QByteArray::number(patient), empty});
        CHECK(clerk.error().contains(u"使用を終えた"_s));
    }
}
