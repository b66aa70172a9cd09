#include "app/admin/DemoApplications.h"

#include "app/admin/AdminContext.h"
#include "db/ApplicationRepository.h"
#include "db/Session.h"
#include "db/SessionInfo.h"

using namespace Qt::StringLiterals;

namespace kohi::admin {

namespace {

struct DemoPerson
{
    const char* family;
    const char* given;
    const char* familyKana;
    const char* givenKana;
    QDate birth;
    int sex;
    const char* municipality; // served by the prefecture (not a 中核市)
    const char* address;
};

// Synthetic people, generated for the demo: no real person is meant.
const DemoPerson kPeople[] = {
    {"承認", "待子", "ショウニン", "マチコ", QDate(1968, 4, 12), 2, "272043",
     "大阪府池田市合成町1丁目2番"},
    {"審査", "一郎", "シンサ", "イチロウ", QDate(1955, 9, 30), 1, "272116",
     "大阪府茨木市見本町3-4-5"},
    {"決裁", "花", "ケッサイ", "ハナ", QDate(1979, 1, 8), 2, "272272", "大阪府東大阪市試験町6番地"},
    {"差戻", "太郎", "サシモドシ", "タロウ", QDate(1961, 11, 3), 1, "272043",
     "大阪府池田市合成町7丁目8番"},
};

std::unique_ptr<db::Session> login(const db::Session& dba, const DemoLogin& who, AdminContext& ctx)
{
    auto session = std::make_unique<db::Session>(dba.settings());
    if (const auto r = session->open(who.login, who.password); !r.ok()) {
        ctx.err << "デモ用の " << who.login
                << " でログインできません（先に demo seed）: " << r.message << Qt::endl;
        return nullptr;
    }
    db::beginClientSession(*session);
    return session;
}

} // namespace

int seedDemoApplications(AdminContext& ctx, const DemoLogin& clerk, const DemoLogin& approver)
{
    db::Session* dba = ctx.session();
    if (!dba)
        return Failed;
    auto clerkSession = login(*dba, clerk, ctx);
    auto approverSession = clerkSession ? login(*dba, approver, ctx) : nullptr;
    if (!approverSession)
        return Failed;
    db::ApplicationRepository entries(*clerkSession);
    db::ApplicationRepository decisions(*approverSession);
    // The server refuses demo data in production through the demo users themselves (they exist
    // only where demo seed could create them); the queue is the measure of "already seeded".
    const auto waiting = decisions.list({u"submitted"_s, u"54"_s, {}}, std::nullopt, 50);
    if (waiting && waiting->size() >= 3) {
        ctx.out << "承認待ちの申請は既に " << waiting->size() << " 件あります（追加なし）。"
                << Qt::endl;
        return Ok;
    }
    const auto centres = entries.masters(db::MasterKind::HealthCentre);
    if (!centres || centres->isEmpty()) {
        ctx.err << "保健所のマスターを読めません: " << entries.lastError().message << Qt::endl;
        return Failed;
    }
    const QDate today = QDate::currentDate();
    int submitted = 0;
    qint64 returnedId = 0;
    for (const DemoPerson& p : kPeople) {
        db::ApplicationForm f;
        f.familyName = QString::fromUtf8(p.family);
        f.givenName = QString::fromUtf8(p.given);
        f.familyNameKana = QString::fromUtf8(p.familyKana);
        f.givenNameKana = QString::fromUtf8(p.givenKana);
        f.birthDate = p.birth;
        f.sex = p.sex;
        f.municipalityCode = QString::fromLatin1(p.municipality);
        f.address = QString::fromUtf8(p.address);
        f.insurerNumber = u"01270016"_s;
        f.receivedDate = today;
        f.healthCentre = centres->first().code;
        f.documents = {u"clinical_record"_s, u"resident_record"_s, u"insurance_card"_s,
                       u"income_proof"_s};
        f.diseaseCode = u"096"_s;
        f.incomeTier = u"general1"_s;
        f.validFrom = today;
        f.validTo = today.addYears(1).addDays(-1);
        const auto saved = entries.save(std::nullopt, 0, u"54"_s, u"new"_s, std::nullopt, f);
        if (!saved || !saved->problems.isEmpty()) {
            ctx.err << "デモの申請を保存できません: "
                    << (saved ? saved->problems.join(u' ') : entries.lastError().message)
                    << Qt::endl;
            return Failed;
        }
        // The synthetic 指定医療機関 and 指定医 of `demo seed` (kohi.generate_synthetic_masters):
        // the approver and the certificate show their names.
        int savedVersion = saved->version;
        if (const auto named =
                entries.designate(saved->id, savedVersion, u"2710100011"_s, u"D27-0001"_s))
            savedVersion = *named;
        else
            ctx.err << "指定医療機関を付けられません（demo seed の後に実行してください）: "
                    << entries.lastError().message << Qt::endl;
        const auto version = entries.submit(saved->id, savedVersion);
        if (!version) {
            ctx.err << "デモの申請を提出できません: " << entries.lastError().message << Qt::endl;
            return Failed;
        }
        ++submitted;
        // The last one goes back to the clerk, so that a correction waits in 申請入力.
        if (&p == &kPeople[std::size(kPeople) - 1]) {
            if (!decisions.returnToClerk(saved->id, *version,
                                         u"臨床調査個人票の診断年月日が読み取れません。"
                                         "医療機関に確認のうえ、訂正してください。"_s)) {
                ctx.err << "デモの申請を差し戻せません: " << decisions.lastError().message
                        << Qt::endl;
                return Failed;
            }
            returnedId = saved->id;
        }
    }
    ctx.out << "デモの申請: 提出 " << submitted - 1 << " 件（承認待ち）、差戻し 1 件（申請番号 "
            << returnedId << "）。" << Qt::endl;
    return Ok;
}

} // namespace kohi::admin
