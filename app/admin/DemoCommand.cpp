#include "app/admin/DemoCommand.h"

#include "app/admin/DemoApplications.h"
#include "app/admin/DemoInquiries.h"
#include "core/crypto/PublicKey.h"
#include "core/crypto/SecureBytes.h"
#include "core/validation/MyNumber.h"
#include "db/MyNumberKeyCeremony.h"
#include "db/MyNumberRepository.h"
#include "db/SyntheticMasters.h"

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
               "       kohi-admin demo mynumbers [--count N]\n"
               "       kohi-admin demo applications   (承認待ちの申請と差戻し1件を作る)\n"
               "       kohi-admin demo inquiries CSV   "
               "(照会番号,file,法別番号,氏名,氏名カナ,生年月日,性別,住所,市町村コード)"
            << Qt::endl;
    return Usage;
}

bool createDemoUsers(db::Session& session, AdminContext& ctx)
{
    for (const DemoUser& u : kDemoUsers) {
        const QString login = QString::fromUtf8(u.login);
        const db::PgResult exists = session.exec(
            u"SELECT count(*) AS n FROM kohi_api.user_list() WHERE login = $1"_s, {login.toUtf8()});
        if (!exists.ok) {
            ctx.err << exists.errorMessage << Qt::endl;
            return false;
        }
        if (exists.first(u"n"_s).toInt() > 0)
            continue;
        session.exec(u"BEGIN"_s);
        const QByteArray secret = session.scramSecret(login, QString::fromUtf8(u.password));
        db::PgResult r =
            session.exec(u"SELECT kohi_api.user_create($1, $2, ARRAY[$3], $4)"_s,
                         {login.toUtf8(), QByteArray(u.name), QByteArray(u.duty), secret});
        if (r.ok && !u.mustChange)
            r = session.exec(u"SELECT kohi.demo_accept_password($1)"_s, {login.toUtf8()});
        if (!r.ok) {
            session.exec(u"ROLLBACK"_s);
            ctx.err << "デモ用ユーザー " << login << " を作成できません: " << r.errorMessage
                    << Qt::endl;
            return false;
        }
        session.exec(u"COMMIT"_s);
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
    const db::PgResult env = dba->exec(u"SELECT kind FROM kohi.environment"_s);
    if (!env.ok || env.first(u"kind"_s).toString() == u"production"_s) {
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
    session.exec(u"SELECT kohi_api.session_begin('kohi-admin-demo')"_s);
    const db::PgResult existing = dba->exec(u"SELECT count(*) AS n FROM kohi.mynumber"_s);
    int registered = existing.first(u"n"_s).toInt();
    db::MyNumberRepository repository(session, key.fingerprintHex());
    const db::PgResult candidates = session.exec(
        u"SELECT id, recipient_number FROM kohi_api.recipient_search(NULL, NULL, NULL, NULL,"
        " NULL, NULL, 500)"_s);
    QString example;
    for (int i = 0; i < candidates.rows.size() && registered < count; ++i) {
        db::MyNumberEntry entry;
        entry.recipientId = candidates.value(i, u"id"_s).toLongLong();
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
            example = candidates.value(i, u"recipient_number"_s).toString();
    }
    if (example.isEmpty()) {
        const db::PgResult any =
            dba->exec(u"SELECT r.recipient_number FROM kohi.mynumber m JOIN kohi.recipient r"
                      " ON r.id = m.recipient_id ORDER BY m.id LIMIT 1"_s);
        example = any.first(u"recipient_number"_s).toString();
    }
    ctx.out << "合成の個人番号: " << registered << " 件（難病、本人）。" << Qt::endl
            << "example_recipient_number=" << example << Qt::endl;
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
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == u"--recipients"_s && i + 1 < args.size())
            count = args[++i].toInt();
        else
            return usage(ctx);
    }
    db::Session* session = ctx.session();
    if (!session)
        return Failed;
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
    const db::PgResult existing =
        session->exec(u"SELECT count(*) AS n FROM kohi.recipient WHERE synthetic"_s);
    if (existing.ok && existing.first(u"n"_s).toLongLong() >= count) {
        ctx.out << "合成受給者は既に " << existing.first(u"n"_s).toString()
                << " 件あります（追加なし）。" << Qt::endl;
        return Ok;
    }
    const qint64 missing = count - existing.first(u"n"_s).toLongLong();
    const db::PgResult r =
        session->exec(u"SELECT kohi.generate_synthetic_recipients($1::int) AS n"_s,
                      {QByteArray::number(missing)});
    if (!r.ok) {
        ctx.err << "合成データを投入できません: " << r.errorMessage << Qt::endl;
        return Failed;
    }
    ctx.out << "合成受給者 " << r.first(u"n"_s).toString() << " 件を投入しました。" << Qt::endl;
    return Ok;
}

} // namespace kohi::admin
