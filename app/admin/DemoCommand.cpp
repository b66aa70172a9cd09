#include "app/admin/DemoCommand.h"

#include "app/admin/DemoApplications.h"
#include "app/admin/DemoInquiries.h"
#include "core/crypto/PublicKey.h"
#include "core/crypto/SecureBytes.h"
#include "core/validation/MyNumber.h"
#include "db/DemoData.h"
#include "db/MyNumberKeyCeremony.h"
#include "db/MyNumberRepository.h"
#include "db/SessionInfo.h"
#include "db/SyntheticMasters.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <span>

using namespace Qt::StringLiterals;

namespace kohi::admin {

namespace {

struct DemoUser
{
    const char* login;
    const char* name;
    const char* duty;
    const char* password;
    bool mustChange; // shows the forced change at first login
};

// DEMO ONLY: these accounts and passwords are published in the README. The server refuses
// to create them in a production environment.
constexpr DemoUser kDemoUsers[] = {
    {"nanbyo_clerk", "難病 花子", "kohi_clerk_nanbyo", "Demo-Nanbyo-2026!", false},
    {"boshi_clerk", "母子 太郎", "kohi_clerk_boshi", "Demo-Boshi-2026!", false},
    {"approver", "承認 次郎", "kohi_approver", "Demo-Approver-2026!", false},
    {"viewer", "閲覧 三郎", "kohi_mynumber_viewer", "Demo-Viewer-2026!", false},
    {"auditor", "監査 四郎", "kohi_auditor", "Demo-Auditor-2026!", false},
    {"useradmin", "管理 五郎", "kohi_user_admin", "Demo-UserAdmin-2026!", false},
    {"newcomer", "新人 六子", "kohi_clerk_nanbyo", "Demo-Newcomer-2026!", true},
    // The second user administrator: privileged grants and resets need one (0024).
    {"useradmin2", "管理 七郎", "kohi_user_admin", "Demo-UserAdmin2-2026!", false},
};

int usage(AdminContext& ctx)
{
    ctx.err << "usage: kohi-admin demo seed [--recipients N]\n"
               "       kohi-admin demo seed --production-scale [--nanbyo 50000] [--shoman 4000]\n"
               "       kohi-admin demo mynumbers [--count N]\n"
               "       kohi-admin demo applications   (承認待ちの申請と差戻し1件を作る)\n"
               "       kohi-admin demo inquiries CSV   "
               "(照会番号,file,法別番号,氏名,氏名カナ,生年月日,性別,住所,市町村コード)"
            << Qt::endl;
    return Usage;
}

bool createDemoUsers(db::Session& session, AdminContext& ctx)
{
    db::DemoData data(session);
    for (const DemoUser& u : kDemoUsers) {
        const QString login = QString::fromUtf8(u.login);
        const std::optional<bool> exists = data.staffExists(login);
        if (!exists) {
            ctx.err << data.lastError().message << Qt::endl;
            return false;
        }
        if (*exists)
            continue;
        if (!data.createDemoUser(login, QString::fromUtf8(u.name), QString::fromUtf8(u.duty),
                                 QString::fromUtf8(u.password), !u.mustChange)) {
            ctx.err << "デモ用ユーザー " << login
                    << " を作成できません: " << data.lastError().message << Qt::endl;
            return false;
        }
        ctx.out << "デモ用ユーザー " << login << "（" << QString::fromUtf8(u.name)
                << "）を作成しました。" << Qt::endl;
    }
    return true;
}

const DemoUser* demoUser(const char* login)
{
    for (const DemoUser& u : kDemoUsers)
        if (qstrcmp(u.login, login) == 0)
            return &u;
    return nullptr;
}

// A synthetic number: random base, valid check digit, generated here and never printed.
crypto::SecureBytes syntheticMyNumber()
{
    QString digits;
    for (int i = 0; i < 11; ++i)
        digits += QChar(u'0' + QRandomGenerator::system()->bounded(10));
    digits += QString::number(*myNumberCheckDigit(digits));
    const QByteArray utf8 = digits.toLatin1();
    crypto::SecureBytes bytes(
        std::span(reinterpret_cast<const std::uint8_t*>(utf8.constData()), size_t(utf8.size())));
    return bytes;
}

// Registers synthetic patients' numbers the way a clerk's terminal does: as the demo clerk of
// 難病, sealed here to the active key, the number only as a bind parameter. Demo environments
// only; the viewer's screen then has people to find. Prints one 受給者番号 to search for.
int seedMyNumbers(int count, AdminContext& ctx)
{
    db::Session* dba = ctx.session();
    if (!dba)
        return Failed;
    db::DemoData data(*dba);
    const std::optional<QString> kind = data.environmentKind();
    if (!kind || *kind == u"production"_s) {
        ctx.err << "本番環境には合成の個人番号を登録できません。" << Qt::endl;
        return Failed;
    }
    // The pin is the active key's own fingerprint: this is the key the same administrator
    // created for the demo (a real terminal pins it from kohi.ini).
    crypto::PublicKey key;
    QString error;
    if (!db::MyNumberKeyCeremony(*dba).activePublicKey(&key, &error)) {
        ctx.err << "個人番号の鍵がありません（先に keys create）: " << error << Qt::endl;
        return Failed;
    }
    const DemoUser* clerk = demoUser("nanbyo_clerk");
    db::Session session(dba->settings());
    if (const auto r =
            session.open(QString::fromUtf8(clerk->login), QString::fromUtf8(clerk->password));
        !r.ok()) {
        ctx.err << "デモ用の担当者でログインできません（先に demo seed）: " << r.message
                << Qt::endl;
        return Failed;
    }
    db::beginClientSession(session);
    qint64 registered = data.registeredMyNumbers().value_or(0);
    db::MyNumberRepository repository(session, key.fingerprintHex());
    const auto candidates = db::DemoData(session).registrationCandidates(500).value_or(
        QList<std::pair<qint64, QString>>());
    QString example;
    for (qsizetype i = 0; i < candidates.size() && registered < count; ++i) {
        db::MyNumberEntry entry;
        entry.recipientId = candidates[i].first;
        entry.role = db::PersonRole::Patient;
        const auto result = repository.registerNumber(entry, syntheticMyNumber());
        if (result.outcome == db::MyNumberRegistration::Outcome::Failed) {
            ctx.err << "登録できません: " << result.message << Qt::endl;
            return Failed;
        }
        if (!result.registered())
            continue; // already registered, or a number the prefecture must not hold
        ++registered;
        if (example.isEmpty())
            example = candidates[i].second;
    }
    if (example.isEmpty())
        example = data.firstRecipientWithMyNumber().value_or(QString());
    ctx.out << "合成の個人番号: " << registered << " 件（難病、本人）。" << Qt::endl
            << "example_recipient_number=" << example << Qt::endl;
    return Ok;
}

// The prefecture's scale (REFERENCE §1): 50,000 難病 and 4,000 小慢 recipients with households and
// applications in every state, generated set-based on the server in one transaction.
int seedProductionScale(db::DemoData& data, int nanbyo, int shoman, AdminContext& ctx)
{
    QElapsedTimer clock;
    clock.start();
    const auto rows = data.addProductionScale(
        nanbyo, shoman, QString::fromUtf8(kDemoUsers[0].login),
        QString::fromUtf8(kDemoUsers[1].login), QString::fromUtf8(kDemoUsers[2].login));
    if (!rows) {
        ctx.err << "本番規模の合成データを投入できません: " << data.lastError().message << Qt::endl;
        return Failed;
    }
    for (const auto& r : *rows)
        ctx.out << "法別 " << r.programme << ": 受給者 " << r.recipients << " 件、世帯 "
                << r.households << " 件、申請 " << r.applications << " 件を追加しました。"
                << Qt::endl;
    if (const auto states = data.applicationStates()) {
        for (const auto& s : *states)
            ctx.out << "  申請 法別 " << s.programme << " " << s.state << ": " << s.count
                    << Qt::endl;
    }
    ctx.out << "所要時間: " << QString::number(clock.elapsed() / 1000.0, 'f', 1) << " 秒"
            << Qt::endl;
    return Ok;
}

} // namespace

int runDemoCommand(const QStringList& args, AdminContext& ctx)
{
    int count = 2000;
    if (args.value(0) == u"applications"_s) {
        const DemoUser* clerk = demoUser("nanbyo_clerk");
        const DemoUser* approver = demoUser("approver");
        return seedDemoApplications(
            ctx, {QString::fromUtf8(clerk->login), QString::fromUtf8(clerk->password)},
            {QString::fromUtf8(approver->login), QString::fromUtf8(approver->password)});
    }
    if (args.value(0) == u"mynumbers"_s) {
        int numbers = 20;
        for (qsizetype i = 1; i < args.size(); ++i) {
            if (args[i] == u"--count"_s && i + 1 < args.size())
                numbers = args[++i].toInt();
            else
                return usage(ctx);
        }
        return seedMyNumbers(numbers, ctx);
    }
    if (args.value(0) == u"inquiries"_s && args.size() == 2)
        return runDemoInquiries(args[1], ctx);
    if (args.value(0) != u"seed"_s)
        return usage(ctx);
    bool productionScale = false;
    int nanbyo = 50000; // REFERENCE §1: the prefecture's 難病 and 小慢 recipients
    int shoman = 4000;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == u"--recipients"_s && i + 1 < args.size())
            count = args[++i].toInt();
        else if (args[i] == u"--production-scale"_s)
            productionScale = true;
        else if (args[i] == u"--nanbyo"_s && i + 1 < args.size())
            nanbyo = args[++i].toInt();
        else if (args[i] == u"--shoman"_s && i + 1 < args.size())
            shoman = args[++i].toInt();
        else
            return usage(ctx);
    }
    db::Session* session = ctx.session();
    if (!session)
        return Failed;
    db::DemoData data(*session);
    // Refused here before anything is created; the server refuses each generator as well.
    const std::optional<QString> kind = data.environmentKind();
    if (!kind || *kind == u"production"_s) {
        ctx.err << "本番環境には合成データを投入できません（demo は本番以外の環境専用です）。"
                << Qt::endl;
        return Failed;
    }
    if (!createDemoUsers(*session, ctx))
        return Failed;
    // Insurers, 指定医療機関・指定医 and the synthetic postcode table: names beside codes.
    QString why;
    const auto masters = db::SyntheticMasters::seed(*session, &why);
    if (!masters) {
        ctx.err << "合成のマスタを投入できません: " << why << Qt::endl;
        return Failed;
    }
    ctx.out << "合成のマスタ（保険者・指定医療機関・指定医）" << masters->references
            << " 件、郵便番号 " << masters->postcodes << " 件（出典: " << masters->postcodeSource
            << "）を投入しました。" << Qt::endl;
    if (productionScale)
        return seedProductionScale(data, nanbyo, shoman, ctx);
    const std::optional<qint64> existing = data.syntheticRecipientCount();
    if (existing && *existing >= count) {
        ctx.out << "合成受給者は既に " << *existing << " 件あります（追加なし）。" << Qt::endl;
        return Ok;
    }
    const std::optional<qint64> added = data.addSyntheticRecipients(count - existing.value_or(0));
    if (!added) {
        ctx.err << "合成データを投入できません: " << data.lastError().message << Qt::endl;
        return Failed;
    }
    ctx.out << "合成受給者 " << *added << " 件を投入しました。" << Qt::endl;
    return Ok;
}

} // namespace kohi::admin
