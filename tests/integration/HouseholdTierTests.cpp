// Households, tiers, 按分, the date rules of the law and the monthly cost records (0028),
// exercised and attacked through raw connections.
#include "tests/support/FreshDatabase.h"
#include "tests/support/TestDatabase.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::db::PgResult;
using kohi::db::Session;
using kohi::test::TestDatabase;

namespace {

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray num(qint64 n)
{
    return QByteArray::number(n);
}

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

QJsonObject object(const QVariant& v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QJsonObject member(const QString& name, const QString& role, int levy, bool exempt = false,
                   std::optional<int> income = std::nullopt)
{
    QJsonObject m{{u"name"_s, name},           {u"role"_s, role},
                  {u"same_insurance"_s, true}, {u"insured"_s, role != u"other"_s},
                  {u"tax_exempt"_s, exempt},   {u"income_levy"_s, levy}};
    if (income)
        m[u"annual_income"_s] = *income;
    return m;
}

QJsonObject household(const QJsonArray& members, const QString& kind = u"nhi"_s,
                      bool welfare = false)
{
    return QJsonObject{{u"name"_s, u"試験世帯"_s},
                       {u"insurance_kind"_s, kind},
                       {u"welfare"_s, welfare},
                       {u"members"_s, members}};
}

struct Saved
{
    qint64 id = 0;
    int version = 0;
};

Saved saveHousehold(Session& s, const QJsonObject& h, const QString& programme = u"54"_s,
                    qint64 id = 0, int version = 0)
{
    const PgResult r = s.exec(u"SELECT * FROM kohi_api.household_save($1, $2, $3, $4)"_s,
                              {id ? num(id) : QByteArray(), id ? num(version) : QByteArray(),
                               programme.toUtf8(), json(h)});
    INFO(r.errorMessage.toStdString());
    REQUIRE(r.ok);
    return {r.first(u"id"_s).toLongLong(), r.first(u"version"_s).toInt()};
}

QJsonObject getHousehold(Session& s, qint64 id)
{
    const PgResult r = s.exec(u"SELECT kohi_api.household_get($1) AS j"_s, {num(id)});
    REQUIRE(r.ok);
    return object(r.first(u"j"_s));
}

QString tierOf(Session& s, const QJsonObject& h, const QString& programme = u"54"_s)
{
    const Saved saved = saveHousehold(s, h, programme);
    return getHousehold(s, saved.id).value(u"computation"_s).toObject().value(u"tier"_s).toString();
}

QJsonObject applicationForm(const QString& kana, const QDate& received = QDate::currentDate())
{
    return QJsonObject{{u"family_name"_s, u"世帯"_s},
                       {u"given_name"_s, u"太郎"_s},
                       {u"family_name_kana"_s, u"セタイ"_s},
                       {u"given_name_kana"_s, kana},
                       {u"birth_date"_s, u"1970-05-05"_s},
                       {u"sex"_s, 1},
                       {u"address"_s, u"大阪府岸和田市合成町1丁目2番"_s},
                       {u"municipality_code"_s, u"272027"_s},
                       {u"received_date"_s, iso(received)},
                       {u"disease_code"_s, u"006"_s},
                       {u"special_case"_s, u"standard"_s},
                       {u"valid_from"_s, iso(received)},
                       {u"valid_to"_s, iso(received.addYears(1).addDays(-1))}};
}

struct App
{
    qint64 id = 0;
    int version = 0;
    qint64 recipientId = 0;
    QString cap;
    QString problems;
};

PgResult rawSave(Session& s, const QJsonObject& form, const QString& programme = u"54"_s,
                 qint64 id = 0, int version = 0, const QString& kind = u"new"_s,
                 qint64 recipient = 0)
{
    return s.exec(u"SELECT * FROM kohi_api.application_save($1, $2, $3, $4, $5, $6)"_s,
                  {id ? num(id) : QByteArray(), id ? num(version) : QByteArray(),
                   programme.toUtf8(), kind.toUtf8(), recipient ? num(recipient) : QByteArray(),
                   json(form)});
}

App saveApp(Session& s, const QJsonObject& form, const QString& programme = u"54"_s, qint64 id = 0,
            int version = 0, const QString& kind = u"new"_s, qint64 recipient = 0)
{
    const PgResult r = rawSave(s, form, programme, id, version, kind, recipient);
    INFO(r.errorMessage.toStdString());
    REQUIRE(r.ok);
    return {r.first(u"id"_s).toLongLong(), r.first(u"version"_s).toInt(),
            r.first(u"recipient_id"_s).toLongLong(), r.first(u"monthly_cap"_s).toString(),
            r.first(u"problems"_s).toString()};
}

QJsonObject getApp(Session& s, qint64 id)
{
    const PgResult r = s.exec(u"SELECT kohi_api.application_get($1) AS j"_s, {num(id)});
    REQUIRE(r.ok);
    return object(r.first(u"j"_s));
}

int submit(Session& s, const App& a)
{
    const PgResult r =
        s.exec(u"SELECT kohi_api.application_submit($1, $2) AS v"_s, {num(a.id), num(a.version)});
    INFO(r.errorMessage.toStdString());
    REQUIRE(r.ok);
    return r.first(u"v"_s).toInt();
}

// A certified (approved) recipient whose first certification starts on `received`.
qint64 certified(Session& clerk, Session& approver, const QString& kana, const QDate& received)
{
    QJsonObject form = applicationForm(kana, received);
    form[u"income_tier"_s] = u"general1"_s;
    const App a = saveApp(clerk, form);
    REQUIRE(a.problems == u"{}"_s);
    const int v = submit(clerk, a);
    const PgResult ok =
        approver.exec(u"SELECT kohi_api.application_approve($1, $2)"_s, {num(a.id), num(v)});
    INFO(ok.errorMessage.toStdString());
    REQUIRE(ok.ok);
    return a.recipientId;
}

void cost(Session& s, qint64 recipient, const QDate& month, int total)
{
    const PgResult r = s.exec(u"SELECT kohi_api.monthly_cost_save($1, $2, $3)"_s,
                              {num(recipient), iso(month).toUtf8(), num(total)});
    INFO(r.errorMessage.toStdString());
    REQUIRE(r.ok);
}

qint64 scalar(Session& s, const QString& sql, const QList<QByteArray>& params = {})
{
    const PgResult r = s.exec(sql, params);
    INFO(r.errorMessage.toStdString());
    REQUIRE(r.ok);
    return r.rows.first().first().toLongLong();
}

} // namespace

TEST_CASE("the tier follows the 所得割 of the certification household at every boundary",
          "[household]")
{
    auto& tdb = TestDatabase::instance();
    const auto clerk = tdb.createStaff(u"ht_b"_s, {u"kohi_clerk_nanbyo"_s, u"kohi_clerk_boshi"_s});
    auto c = tdb.connect(clerk.login, clerk.password);
    REQUIRE(c);
    auto patient = [](int levy) { return QJsonArray{member(u"患者"_s, u"patient"_s, levy)}; };

    for (const QString& programme : {u"54"_s, u"52"_s}) {
        INFO(programme.toStdString());
        // REFERENCE §3: 一般所得I < 7.1万円 ≤ 一般所得II < 25.1万円 ≤ 上位所得.
        CHECK(tierOf(*c, household(patient(0)), programme) == u"general1"_s);
        CHECK(tierOf(*c, household(patient(70999)), programme) == u"general1"_s);
        CHECK(tierOf(*c, household(patient(71000)), programme) == u"general2"_s);
        CHECK(tierOf(*c, household(patient(250999)), programme) == u"general2"_s);
        CHECK(tierOf(*c, household(patient(251000)), programme) == u"upper"_s);
        CHECK(tierOf(*c, household(patient(10), u"nhi"_s, true), programme) == u"welfare"_s);
    }
    // 非課税: 低所得I ≤ 80万円 < 低所得II, by the patient's 年収 (難病) ...
    auto exempt = [](int income) {
        return QJsonArray{member(u"患者"_s, u"patient"_s, 0, true, income),
                          member(u"配偶者"_s, u"other"_s, 0, true, 5000000)};
    };
    CHECK(tierOf(*c, household(exempt(800000))) == u"low1"_s);
    CHECK(tierOf(*c, household(exempt(800001))) == u"low2"_s);
    // ... and by the guardians' 年収 (小慢).
    auto child = [](int income) {
        return QJsonArray{member(u"患児"_s, u"patient"_s, 0, true, 0),
                          member(u"母"_s, u"guardian"_s, 0, true, income)};
    };
    CHECK(tierOf(*c, household(child(800000)), u"52"_s) == u"low1"_s);
    CHECK(tierOf(*c, household(child(800001)), u"52"_s) == u"low2"_s);

    // Who counts: the 所得割 of members on the patient's insurance (国保: all of them; 被用者保険:
    // the insured person only, not dependants).
    QJsonArray split{member(u"患者"_s, u"patient"_s, 40000),
                     member(u"配偶者"_s, u"other"_s, 40000)};
    CHECK(tierOf(*c, household(split, u"nhi"_s)) == u"general2"_s); // 80,000
    QJsonObject dependant = split[1].toObject();
    dependant[u"insured"_s] = false;
    split[1] = dependant;
    CHECK(tierOf(*c, household(split, u"employee"_s)) == u"general1"_s); // 40,000
    QJsonObject otherInsurance = split[1].toObject();
    otherInsurance[u"same_insurance"_s] = false;
    otherInsurance[u"insured"_s] = true;
    split[1] = otherInsurance;
    CHECK(tierOf(*c, household(split, u"nhi"_s)) == u"general1"_s);

    // The clerk sees the computation: members, the sum, the boundary, the table row.
    const Saved h = saveHousehold(*c, household(patient(71000)));
    const QJsonObject comp = getHousehold(*c, h.id).value(u"computation"_s).toObject();
    CHECK(comp.value(u"amount"_s).toInt() == 71000);
    CHECK(comp.value(u"rule"_s).toObject().value(u"lower_bound"_s).toInt() == 71000);
    CHECK(comp.value(u"rule"_s).toObject().value(u"upper_bound"_s).toInt() == 251000);
    CHECK(comp.value(u"members"_s).toArray().size() == 1);
    CHECK(comp.value(u"explanation"_s).toString().contains(u"一般所得II"_s));

    // The application takes the computed tier and its cap.
    QJsonObject form = applicationForm(u"キョウカイ"_s);
    form[u"household_id"_s] = h.id;
    const App a = saveApp(*c, form);
    CHECK(a.cap == u"20000"_s); // 指定難病 一般所得II
    CHECK(a.problems == u"{}"_s);
    CHECK(getApp(*c, a.id).value(u"income_tier"_s).toString() == u"general2"_s);
}

TEST_CASE("several recipients share the cap: 30,000/10,000 → 22,500/7,500, recomputed on change",
          "[household]")
{
    auto& tdb = TestDatabase::instance();
    const auto nanbyo = tdb.createStaff(u"ht_an"_s, {u"kohi_clerk_nanbyo"_s});
    const auto boshi = tdb.createStaff(u"ht_ab"_s, {u"kohi_clerk_boshi"_s});
    auto n = tdb.connect(nanbyo.login, nanbyo.password);
    auto b = tdb.connect(boshi.login, boshi.password);

    // The parent (指定難病, 上位所得 30,000) and the child (小児慢性 上位所得 重症 10,000) of one
    // household; each office enters the other's recipient with their cap.
    QJsonObject parentSide = household(QJsonArray{member(u"親"_s, u"patient"_s, 300000)});
    QJsonArray withChild = parentSide.value(u"members"_s).toArray();
    QJsonObject childAsMember = member(u"子"_s, u"other"_s, 0);
    childAsMember[u"other_recipient_cap"_s] = 10000;
    withChild.append(childAsMember);
    parentSide[u"members"_s] = withChild;
    const Saved hn = saveHousehold(*n, parentSide);
    QJsonObject parentForm = applicationForm(u"オヤ"_s);
    parentForm[u"household_id"_s] = hn.id;
    const App parent = saveApp(*n, parentForm);
    CHECK(parent.cap == u"22500"_s);

    QJsonObject parentAsMember = member(u"親"_s, u"guardian"_s, 300000);
    parentAsMember[u"other_recipient_cap"_s] = 30000;
    const Saved hb = saveHousehold(
        *b, household(QJsonArray{member(u"子"_s, u"patient"_s, 0), parentAsMember}), u"52"_s);
    QJsonObject childForm = applicationForm(u"コ"_s);
    childForm[u"household_id"_s] = hb.id;
    childForm[u"birth_date"_s] = iso(QDate::currentDate().addYears(-8));
    childForm[u"guardian_name"_s] = u"世帯 親"_s;
    childForm[u"disease_code"_s] = u"05-002"_s;
    childForm[u"special_case"_s] = u"severe"_s;
    const App child = saveApp(*b, childForm, u"52"_s);
    CHECK(child.cap == u"7500"_s);
    const QJsonObject shown = getApp(*b, child.id).value(u"assessment"_s).toObject();
    CHECK(shown.value(u"cap"_s).toInt() == 10000);
    CHECK(shown.value(u"household_cap"_s).toInt() == 30000);
    CHECK(shown.value(u"cap_sum"_s).toInt() == 40000);

    // Two recipients of one programme: adding the second recomputes the first, and a change of
    // the household recomputes both.
    const Saved h = saveHousehold(*n, household(QJsonArray{member(u"夫"_s, u"patient"_s, 300000),
                                                           member(u"妻"_s, u"patient"_s, 0)}));
    QJsonObject first = applicationForm(u"オット"_s);
    first[u"household_id"_s] = h.id;
    const App a = saveApp(*n, first);
    CHECK(a.cap == u"30000"_s);
    QJsonObject second = applicationForm(u"ツマ"_s);
    second[u"household_id"_s] = h.id;
    second[u"special_case"_s] = u"ventilator"_s;
    const App w = saveApp(*n, second);
    // max 30,000 × own / (30,000 + 1,000), rounded down to 10 yen.
    CHECK(w.cap == u"960"_s);
    const QJsonObject aNow = getApp(*n, a.id);
    CHECK(aNow.value(u"monthly_cap"_s).toInt() == 29030);
    CHECK(aNow.value(u"version"_s).toInt() == a.version + 1);

    QJsonObject lower = household(
        QJsonArray{member(u"夫"_s, u"patient"_s, 70000), member(u"妻"_s, u"patient"_s, 0)});
    const PgResult changed = n->exec(u"SELECT * FROM kohi_api.household_save($1, $2, '54', $3)"_s,
                                     {num(h.id), num(h.version), json(lower)});
    REQUIRE(changed.ok);
    CHECK(changed.first(u"recomputed"_s).toInt() == 2);
    // 一般所得I: 10,000 and 1,000 → 10,000 × 10,000 / 11,000 and 10,000 × 1,000 / 11,000.
    CHECK(getApp(*n, a.id).value(u"monthly_cap"_s).toInt() == 9090);
    CHECK(getApp(*n, w.id).value(u"monthly_cap"_s).toInt() == 900);
    CHECK(getApp(*n, w.id).value(u"income_tier"_s).toString() == u"general1"_s);
}

TEST_CASE("a clerk cannot store a tier or cap the server did not compute, except an override "
          "with a reason the approver sees",
          "[household][security]")
{
    auto& tdb = TestDatabase::instance();
    const auto clerk = tdb.createStaff(u"ht_o"_s, {u"kohi_clerk_nanbyo"_s});
    const auto approver = tdb.createStaff(u"ht_oa"_s, {u"kohi_approver"_s});
    auto c = tdb.connect(clerk.login, clerk.password);
    auto ap = tdb.connect(approver.login, approver.password);
    const Saved h =
        saveHousehold(*c, household(QJsonArray{member(u"患者"_s, u"patient"_s, 100000)}));
    QJsonObject form = applicationForm(u"オーバー"_s);
    form[u"household_id"_s] = h.id;
    form[u"income_tier"_s] = u"welfare"_s;
    const PgResult refused = rawSave(*c, form);
    CHECK_FALSE(refused.ok);
    CHECK(refused.errorMessage.startsWith(
        u"所得区分は世帯の所得割などから算定されます（算定結果: 一般所得II）"_s));
    // Nothing was written, and the refusal is on record whatever the caller did.
    auto dba = tdb.admin();
    CHECK(scalar(*dba,
                 u"SELECT count(*) FROM kohi.recipient WHERE given_name_kana = 'オーバー'"_s) == 0);

    // Direct writes are not possible at all.
    for (
        const QString& sql :
        {u"UPDATE kohi.application SET monthly_cap = 0"_s,
         u"UPDATE kohi.household SET welfare = true"_s,
         u"INSERT INTO kohi.household_member (household_id, programme, position, name, role,"
         " same_insurance, insured, tax_exempt) VALUES (1, '54', 99, 'x', 'other', true, true, true)"_s,
         u"INSERT INTO kohi.monthly_cost (recipient_id, programme, month, total_cost)"
         " VALUES (1, '54', '2026-01-01', 999999)"_s,
         u"SELECT kohi.household_recompute(1)"_s, u"SELECT * FROM kohi.tier_rule"_s}) {
        INFO(sql.toStdString());
        CHECK_FALSE(c->exec(sql).ok);
    }

    form[u"tier_override_reason"_s] =
        u"生活保護の開始決定通知を確認（世帯の課税情報は前年分のため）"_s;
    const App a = saveApp(*c, form);
    CHECK(a.cap == u"0"_s);
    const int v = submit(*c, App{a.id, a.version, a.recipientId, {}, {}});
    const QJsonObject seen = getApp(*ap, a.id);
    const QJsonObject override = seen.value(u"override"_s).toObject();
    CHECK(override.value(u"computed_tier"_s).toString() == u"general2"_s);
    CHECK(override.value(u"chosen_tier"_s).toString() == u"welfare"_s);
    CHECK(override.value(u"reason"_s).toString().startsWith(u"生活保護の開始決定通知"_s));
    CHECK(seen.value(u"version"_s).toInt() == v);

    kohi::test::sealAuditLog(*dba);
    CHECK(scalar(*dba,
                 u"SELECT count(*) FROM kohi.audit_event WHERE login = $1"
                 " AND action = 'application_create' AND outcome = 'refused'"
                 " AND details->>'reason' = 'tier_without_reason'"_s,
                 {clerk.login.toUtf8()}) == 1);
}

TEST_CASE("other programmes' households are invisible and cannot be used", "[household][security]")
{
    auto& tdb = TestDatabase::instance();
    const auto nanbyo = tdb.createStaff(u"ht_vn"_s, {u"kohi_clerk_nanbyo"_s});
    const auto boshi = tdb.createStaff(u"ht_vb"_s, {u"kohi_clerk_boshi"_s});
    auto n = tdb.connect(nanbyo.login, nanbyo.password);
    auto b = tdb.connect(boshi.login, boshi.password);
    const Saved h =
        saveHousehold(*n, household(QJsonArray{member(u"見えない"_s, u"patient"_s, 1000)}));

    const PgResult get = b->exec(u"SELECT kohi_api.household_get($1) AS j"_s, {num(h.id)});
    CHECK((get.ok && get.first(u"j"_s).isNull()));
    CHECK(scalar(*b,
                 u"SELECT count(*) FROM kohi_api.household_list(NULL, '試験', 200)"
                 " WHERE id = $1"_s,
                 {num(h.id)}) == 0);
    const PgResult overwrite = b->exec(
        u"SELECT * FROM kohi_api.household_save($1, $2, '54', $3)"_s,
        {num(h.id), num(h.version), json(household(QJsonArray{member(u"x"_s, u"patient"_s, 0)}))});
    CHECK_FALSE(overwrite.ok);
    CHECK_FALSE(b->exec(u"SELECT * FROM kohi_api.household_save(NULL, NULL, '54', $1)"_s,
                        {json(household(QJsonArray{member(u"x"_s, u"patient"_s, 0)}))})
                    .ok);
    // A 小慢 application cannot be linked to the 難病 household.
    QJsonObject form = applicationForm(u"リンク"_s);
    form[u"household_id"_s] = h.id;
    form[u"disease_code"_s] = u"05-002"_s;
    const PgResult linked = rawSave(*b, form, u"52"_s);
    CHECK_FALSE(linked.ok);
    CHECK(linked.errorMessage.startsWith(u"指定した支給認定基準世帯が見つかりません"_s));
    // Raw reads of the tables: no privilege at all.
    CHECK_FALSE(b->exec(u"SELECT * FROM kohi.household"_s).ok);
    CHECK_FALSE(b->exec(u"SELECT * FROM kohi.household_member"_s).ok);
    // The owner's member list is intact.
    CHECK(
        getHousehold(*n, h.id).value(u"members"_s).toArray().first().toObject().value(u"name"_s) ==
        u"見えない"_s);
}

TEST_CASE("hostile household input gets a specific message and changes nothing",
          "[household][security]")
{
    auto& tdb = TestDatabase::instance();
    const auto clerk = tdb.createStaff(u"ht_h"_s, {u"kohi_clerk_nanbyo"_s});
    auto c = tdb.connect(clerk.login, clerk.password);
    const Saved h = saveHousehold(*c, household(QJsonArray{member(u"元"_s, u"patient"_s, 1000)}));
    auto attempt = [&](const QJsonObject& body, const QString& expected) {
        const PgResult r = c->exec(u"SELECT * FROM kohi_api.household_save($1, $2, '54', $3)"_s,
                                   {num(h.id), num(h.version), json(body)});
        INFO(expected.toStdString());
        INFO(r.errorMessage.toStdString());
        CHECK_FALSE(r.ok);
        CHECK(r.errorMessage.contains(expected));
    };
    QJsonObject negative = member(u"x"_s, u"patient"_s, 0);
    negative[u"income_levy"_s] = -1;
    attempt(household(QJsonArray{negative}), u"所得割額は0以上の整数"_s);
    QJsonObject huge = member(u"x"_s, u"patient"_s, 0);
    huge[u"income_levy"_s] = u"99999999999999999999"_s;
    attempt(household(QJsonArray{huge}), u"所得割額は0以上の整数"_s);
    QJsonObject notBool = member(u"x"_s, u"patient"_s, 0);
    notBool[u"tax_exempt"_s] = u"maybe"_s;
    attempt(household(QJsonArray{notBool}), u"はい／いいえ"_s);
    attempt(household(QJsonArray{member(u"x"_s, u"other"_s, 0)}), u"患者（受給者となる人）"_s);
    attempt(household(QJsonArray{}), u"世帯員を1人以上"_s);
    attempt(household(QJsonArray{member(u"x"_s, u"patient"_s, 5, true, 0)}),
            u"非課税なのに所得割額"_s);
    QJsonObject badKind = household(QJsonArray{member(u"x"_s, u"patient"_s, 0)});
    badKind[u"insurance_kind"_s] = u"cash"_s;
    attempt(badKind, u"医療保険の種類"_s);
    const PgResult nullBody =
        c->exec(u"SELECT * FROM kohi_api.household_save($1, $2, '54', NULL)"_s,
                {num(h.id), num(h.version)});
    CHECK_FALSE(nullBody.ok);
    CHECK(nullBody.errorMessage == u"世帯の内容がありません。"_s);
    // Unchanged.
    const QJsonObject now = getHousehold(*c, h.id);
    CHECK(now.value(u"version"_s).toInt() == h.version);
    CHECK(now.value(u"members"_s).toArray().first().toObject().value(u"name"_s) == u"元"_s);
}

TEST_CASE("whoever wrote the household or the cost records may not decide the application",
          "[household][security]")
{
    auto& tdb = TestDatabase::instance();
    const auto clerk = tdb.createStaff(u"ht_mc"_s, {u"kohi_clerk_nanbyo"_s});
    const auto dual = tdb.createStaff(u"ht_md"_s, {u"kohi_clerk_nanbyo"_s, u"kohi_approver"_s});
    const auto other = tdb.createStaff(u"ht_mo"_s, {u"kohi_approver"_s});
    auto c = tdb.connect(clerk.login, clerk.password);
    auto d = tdb.connect(dual.login, dual.password);
    auto o = tdb.connect(other.login, other.password);

    const Saved h = saveHousehold(*c, household(QJsonArray{member(u"患者"_s, u"patient"_s, 0)}));
    QJsonObject form = applicationForm(u"セイリツ"_s);
    form[u"household_id"_s] = h.id;
    const App a = saveApp(*c, form);
    const int v = submit(*c, a);
    // The dual-duty account changes the household (the cap of the submitted application moves,
    // so its version does too) and then tries to approve.
    const PgResult changed =
        d->exec(u"SELECT * FROM kohi_api.household_save($1, $2, '54', $3)"_s,
                {num(h.id), num(h.version),
                 json(household(QJsonArray{member(u"患者"_s, u"patient"_s, 300000)}))});
    REQUIRE(changed.ok);
    const int v2 = getApp(*c, a.id).value(u"version"_s).toInt();
    CHECK(v2 == v + 1);
    const PgResult stale =
        o->exec(u"SELECT kohi_api.application_approve($1, $2)"_s, {num(a.id), num(v)});
    CHECK_FALSE(stale.ok);
    const PgResult self =
        d->exec(u"SELECT kohi_api.application_approve($1, $2)"_s, {num(a.id), num(v2)});
    CHECK_FALSE(self.ok);
    CHECK(self.sqlState == u"42501"_s);

    // A household edit that moves no figure still counts.
    const Saved h2 = saveHousehold(*c, household(QJsonArray{member(u"患者"_s, u"patient"_s, 0)}));
    QJsonObject form2 = applicationForm(u"セイリツニ"_s);
    form2[u"household_id"_s] = h2.id;
    const App b = saveApp(*c, form2);
    REQUIRE(d->exec(u"SELECT * FROM kohi_api.household_save($1, $2, '54', $3)"_s,
                    {num(h2.id), num(h2.version),
                     json(household(QJsonArray{member(u"患者（改名）"_s, u"patient"_s, 0)}))})
                .ok);
    const int bv = submit(*c, App{b.id, getApp(*c, b.id).value(u"version"_s).toInt(), 0, {}, {}});
    const PgResult self2 =
        d->exec(u"SELECT kohi_api.application_approve($1, $2)"_s, {num(b.id), num(bv)});
    CHECK_FALSE(self2.ok);
    CHECK(self2.errorMessage.contains(u"支給認定基準世帯"_s));

    // Monthly cost records likewise.
    QJsonObject costForm = applicationForm(u"コスト"_s);
    costForm[u"income_tier"_s] = u"general1"_s;
    const App e = saveApp(*c, costForm);
    cost(*d, e.recipientId, QDate::currentDate().addMonths(-1), 60000);
    const int ev = submit(*c, App{e.id, getApp(*c, e.id).value(u"version"_s).toInt(), 0, {}, {}});
    const PgResult self3 =
        d->exec(u"SELECT kohi_api.application_approve($1, $2)"_s, {num(e.id), num(ev)});
    CHECK_FALSE(self3.ok);
    CHECK(self3.errorMessage.contains(u"医療費総額"_s));
    // Someone who did none of it approves all three.
    CHECK(o->exec(u"SELECT kohi_api.application_approve($1, $2)"_s, {num(a.id), num(v2)}).ok);
    CHECK(o->exec(u"SELECT kohi_api.application_approve($1, $2)"_s, {num(b.id), num(bv)}).ok);
    CHECK(o->exec(u"SELECT kohi_api.application_approve($1, $2)"_s, {num(e.id), num(ev)}).ok);

    auto dba = tdb.admin();
    kohi::test::sealAuditLog(*dba);
    CHECK(scalar(*dba,
                 u"SELECT count(*) FROM kohi.audit_event WHERE login = $1"
                 " AND action = 'application_approve' AND outcome = 'refused'"
                 " AND details->>'reason' IN ('household_entry', 'cost_entry')"_s,
                 {dual.login.toUtf8()}) >= 2);
}

// ---------------------------------------------------------------- date rules

namespace {

struct DateCase
{
    QDate received;
    QDate from;
    QDate to;
    QDate diagnosis;
    QString reason;
};

QString dateProblems(Session& c, const DateCase& d, const QString& kana)
{
    QJsonObject form = applicationForm(kana, d.received);
    form[u"income_tier"_s] = u"general1"_s;
    form[u"valid_from"_s] = iso(d.from);
    form[u"valid_to"_s] = iso(d.to);
    if (d.diagnosis.isValid())
        form[u"diagnosis_date"_s] = iso(d.diagnosis);
    if (!d.reason.isEmpty())
        form[u"backdate_reason"_s] = d.reason;
    return saveApp(c, form).problems;
}

} // namespace

TEST_CASE("backdating is anchored to the 診断年月日: each refusal and each allowed edge",
          "[household][dates]")
{
    auto& tdb = TestDatabase::instance();
    const auto clerk = tdb.createStaff(u"ht_d"_s, {u"kohi_clerk_nanbyo"_s});
    auto c = tdb.connect(clerk.login, clerk.password);
    const QDate r = QDate::currentDate().addDays(-3);
    const QString why = u"入院中で申請できなかったため"_s;

    SECTION("allowed: one month before receipt, from the diagnosis date, no reason")
    {
        const QDate from = r.addMonths(-1);
        CHECK(dateProblems(*c, {r, from, r.addYears(1).addDays(-1), from, {}}, u"ア"_s) == u"{}"_s);
    }
    SECTION("refused: one day more than a month without a reason")
    {
        const QDate from = r.addMonths(-1).addDays(-1);
        CHECK(dateProblems(*c, {r, from, r.addYears(1).addDays(-1), from, {}}, u"イ"_s)
                  .contains(
                      u"受付日の1か月より前に遡る場合は、やむを得ない理由を入力してください。"_s));
    }
    SECTION("allowed: three months with a reason, so the period runs to 1年3月")
    {
        const QDate from = r.addMonths(-3);
        const QString p =
            dateProblems(*c, {r, from, r.addYears(1).addDays(-1), from, why}, u"ウ"_s);
        CHECK(p == u"{}"_s);
    }
    SECTION("refused: more than three months even with a reason")
    {
        const QDate from = r.addMonths(-3).addDays(-1);
        CHECK(dateProblems(*c, {r, from, r.addYears(1).addDays(-1), from, why}, u"エ"_s)
                  .contains(u"3か月前までしか遡れません"_s));
    }
    SECTION("refused: the end more than a year after receipt")
    {
        const QDate from = r.addMonths(-1);
        CHECK(dateProblems(*c, {r, from, r.addYears(1), from, {}}, u"オ"_s)
                  .contains(u"有効期間は1年以内です"_s));
    }
    SECTION("refused: a start before the diagnosis date")
    {
        const QDate from = r.addDays(-10);
        CHECK(dateProblems(*c, {r, from, r.addYears(1).addDays(-1), from.addDays(1), {}}, u"カ"_s)
                  .contains(u"有効期間の開始日は診断年月日より前にできません。"_s));
    }
    SECTION("refused: a backdate without a diagnosis date")
    {
        const QDate from = r.addDays(-10);
        CHECK(dateProblems(*c, {r, from, r.addYears(1).addDays(-1), {}, {}}, u"キ"_s)
                  .contains(u"診断年月日を入力してください。"_s));
    }
    SECTION("refused: before 2023-10-01; allowed: on it")
    {
        const QDate received(2023, 10, 20);
        CHECK(dateProblems(
                  *c, {received, QDate(2023, 9, 30), QDate(2024, 10, 19), QDate(2023, 9, 30), {}},
                  u"ク"_s)
                  .contains(u"2023年10月1日より前には遡れません"_s));
        CHECK(dateProblems(
                  *c, {received, QDate(2023, 10, 1), QDate(2024, 10, 19), QDate(2023, 10, 1), {}},
                  u"ケ"_s) == u"{}"_s);
    }
    SECTION("refused: a diagnosis date in the future")
    {
        CHECK(dateProblems(*c,
                           {r, r, r.addYears(1).addDays(-1), QDate::currentDate().addDays(1), {}},
                           u"コ"_s)
                  .contains(u"診断年月日に未来の日付は入力できません。"_s));
    }
}

TEST_CASE("backdating: not on a renewal, on a change only for a disease change or 軽症高額, and "
          "a refused submission changes nothing and is on record",
          "[household][dates]")
{
    auto& tdb = TestDatabase::instance();
    const auto clerk = tdb.createStaff(u"ht_k"_s, {u"kohi_clerk_nanbyo"_s});
    const auto approver = tdb.createStaff(u"ht_ka"_s, {u"kohi_approver"_s});
    auto c = tdb.connect(clerk.login, clerk.password);
    auto a = tdb.connect(approver.login, approver.password);
    const QDate today = QDate::currentDate();
    const qint64 rid = certified(*c, *a, u"コウシン"_s, today.addMonths(-2));

    QJsonObject renewal{{u"received_date"_s, iso(today)},
                        {u"disease_code"_s, u"006"_s},
                        {u"special_case"_s, u"standard"_s},
                        {u"income_tier"_s, u"general1"_s},
                        {u"diagnosis_date"_s, iso(today.addDays(-20))},
                        {u"valid_from"_s, iso(today.addDays(-10))},
                        {u"valid_to"_s, iso(today.addYears(1).addDays(-1))}};
    const App ren = saveApp(*c, renewal, u"54"_s, 0, 0, u"renewal"_s, rid);
    CHECK(ren.problems.contains(u"更新申請では有効期間の開始日を受付日より前に遡れません。"_s));

    const App same = saveApp(*c, renewal, u"54"_s, 0, 0, u"change"_s, rid);
    CHECK(same.problems.contains(u"疾病の追加・変更または軽症高額の場合だけです"_s));
    QJsonObject diseaseChange = renewal;
    diseaseChange[u"disease_code"_s] = u"096"_s;
    const App added = saveApp(*c, diseaseChange, u"54"_s, 0, 0, u"change"_s, rid);
    CHECK(added.problems == u"{}"_s);

    // Submission raises the problems; the draft stays a draft and the refusal is recorded.
    const PgResult refused =
        c->exec(u"SELECT kohi_api.application_submit($1, $2)"_s, {num(ren.id), num(ren.version)});
    CHECK_FALSE(refused.ok);
    CHECK(refused.errorMessage.contains(
        u"更新申請では有効期間の開始日を受付日より前に遡れません。"_s));
    CHECK(getApp(*c, ren.id).value(u"state"_s).toString() == u"draft"_s);
    auto dba = tdb.admin();
    kohi::test::sealAuditLog(*dba);
    CHECK(scalar(*dba,
                 u"SELECT count(*) FROM kohi.audit_event WHERE login = $1"
                 " AND action = 'application_submit' AND outcome = 'refused'"
                 " AND target = $2 AND details->>'reason' = 'problems'"_s,
                 {clerk.login.toUtf8(), (u"application:"_s + QString::number(ren.id)).toUtf8()}) ==
          1);
}

TEST_CASE("高額かつ長期: refused on a new application, allowed at 6 qualifying months after "
          "certification, not 5",
          "[household][costs]")
{
    auto& tdb = TestDatabase::instance();
    const auto clerk = tdb.createStaff(u"ht_c"_s, {u"kohi_clerk_nanbyo"_s});
    const auto approver = tdb.createStaff(u"ht_ca"_s, {u"kohi_approver"_s});
    auto c = tdb.connect(clerk.login, clerk.password);
    auto a = tdb.connect(approver.login, approver.password);
    const QDate today = QDate::currentDate();
    const QDate thisMonth(today.year(), today.month(), 1);

    QJsonObject fresh = applicationForm(u"シンキ"_s);
    fresh[u"income_tier"_s] = u"general1"_s;
    fresh[u"special_case"_s] = u"high_long"_s;
    CHECK(saveApp(*c, fresh).problems.contains(u"新規申請では「高額かつ長期」は認定できません"_s));

    // Certified eight months ago: the three earlier months of the window do not count.
    const qint64 rid = certified(*c, *a, u"チョウキ"_s, today.addMonths(-8));
    for (int back : {11, 10, 9})
        cost(*c, rid, thisMonth.addMonths(-back), 90000); // before certification
    cost(*c, rid, thisMonth.addMonths(-7), 50000);        // not over 50,000
    for (int back : {6, 5, 4, 3, 2})
        cost(*c, rid, thisMonth.addMonths(-back), 50001);
    QJsonObject renewal{
        {u"received_date"_s, iso(today)},    {u"disease_code"_s, u"006"_s},
        {u"special_case"_s, u"high_long"_s}, {u"income_tier"_s, u"general1"_s},
        {u"valid_from"_s, iso(today)},       {u"valid_to"_s, iso(today.addYears(1).addDays(-1))}};
    App ren = saveApp(*c, renewal, u"54"_s, 0, 0, u"renewal"_s, rid);
    CHECK(ren.problems.contains(u"（現在 5か月）"_s));
    const QJsonObject counts = getApp(*c, ren.id).value(u"cost_counts"_s).toObject();
    CHECK(counts.value(u"high_long_months"_s).toInt() == 5);
    CHECK(counts.value(u"mild_high_months"_s).toInt() == 9);
    CHECK_FALSE(c->exec(u"SELECT kohi_api.application_submit($1, $2)"_s,
                        {num(ren.id), num(getApp(*c, ren.id).value(u"version"_s).toInt())})
                    .ok);

    cost(*c, rid, thisMonth.addMonths(-1), 120000); // the sixth
    const QJsonObject now = getApp(*c, ren.id);
    CHECK(now.value(u"cost_counts"_s).toObject().value(u"high_long_months"_s).toInt() == 6);
    CHECK(now.value(u"problems"_s).toArray().isEmpty());
    CHECK(now.value(u"monthly_cap"_s).toInt() == 5000); // 一般所得I 高額かつ長期
    CHECK(c->exec(u"SELECT kohi_api.application_submit($1, $2)"_s,
                  {num(ren.id), num(now.value(u"version"_s).toInt())})
              .ok);
}

TEST_CASE("軽症高額 needs 3 months over 33,330 yen, and costs are validated", "[household][costs]")
{
    auto& tdb = TestDatabase::instance();
    const auto clerk = tdb.createStaff(u"ht_l"_s, {u"kohi_clerk_nanbyo"_s});
    const auto boshi = tdb.createStaff(u"ht_lb"_s, {u"kohi_clerk_boshi"_s});
    auto c = tdb.connect(clerk.login, clerk.password);
    auto b = tdb.connect(boshi.login, boshi.password);
    const QDate today = QDate::currentDate();
    const QDate thisMonth(today.year(), today.month(), 1);
    QJsonObject form = applicationForm(u"ケイショウ"_s);
    form[u"income_tier"_s] = u"general1"_s;
    form[u"special_case"_s] = u"mild_high"_s;
    const App app = saveApp(*c, form);
    cost(*c, app.recipientId, thisMonth.addMonths(-1), 33331);
    cost(*c, app.recipientId, thisMonth.addMonths(-2), 33330); // not over
    cost(*c, app.recipientId, thisMonth.addMonths(-3), 40000);
    CHECK(
        QString::fromUtf8(QJsonDocument(getApp(*c, app.id).value(u"problems"_s).toArray()).toJson())
            .contains(u"（現在 2か月）"_s));
    cost(*c, app.recipientId, thisMonth.addMonths(-2), 33331); // corrected from the 管理票
    CHECK(getApp(*c, app.id).value(u"problems"_s).toArray().isEmpty());
    CHECK(scalar(*c, u"SELECT count(*) FROM kohi_api.monthly_cost_list($1) WHERE over_mild_high"_s,
                 {num(app.recipientId)}) == 3);

    auto refused = [&](Session& s, const QByteArray& month, const QByteArray& total,
                       const QString& expected) {
        const PgResult r = s.exec(u"SELECT kohi_api.monthly_cost_save($1, $2, $3)"_s,
                                  {num(app.recipientId), month, total});
        INFO(r.errorMessage.toStdString());
        CHECK_FALSE(r.ok);
        CHECK(r.errorMessage.contains(expected));
    };
    refused(*c, iso(thisMonth.addMonths(1)).toUtf8(), "1", u"未来の月"_s);
    refused(*c, iso(thisMonth).toUtf8(), "-1", u"0円以上"_s);
    refused(*c, iso(thisMonth).toUtf8(), "2000000000", u"大きすぎます"_s);
    refused(*c, {}, "1", u"年月を入力"_s);
    refused(*b, iso(thisMonth).toUtf8(), "1", u"受給者が見つかりません"_s);
    CHECK(scalar(*b, u"SELECT count(*) FROM kohi_api.monthly_cost_list($1)"_s,
                 {num(app.recipientId)}) == 0);
}
