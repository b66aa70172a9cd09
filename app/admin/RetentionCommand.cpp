#include "app/admin/RetentionCommand.h"

#include "db/RetentionRepository.h"
#include "db/Session.h"
#include "db/SessionInfo.h"

#include <QDate>

using namespace Qt::StringLiterals;

namespace kohi::admin {

namespace {

int eligibilityUsage(AdminContext& ctx)
{
    ctx.err << "usage: kohi-admin eligibility end-lapsed [--date YYYY-MM-DD] [--dry-run]\n"
               "  有効期間が満了して更新のない受給者と、市の所管に移った（中核市移行など）受給者の"
               "認定を終了します。\n"
               "  データベース管理者が実行します（1月1日・4月1日の定期実行用）。何度実行しても"
               "同じ結果です。\n"
               "  --date     基準日（既定: 今日）。この日より前に有効期間が終わった受給者が対象\n"
               "  --dry-run  対象を表示するだけで、何も変更しない"
            << Qt::endl;
    return Usage;
}

int retentionUsage(AdminContext& ctx)
{
    ctx.err << "usage: kohi-admin retention due [--date YYYY-MM-DD]\n"
               "  保存期間（制度ごとの設定 retention_years_<法別番号>）を過ぎ、まだ廃棄していない"
               "個人番号と書類の一覧。\n"
               "  データベース管理者は全制度を、職員は自分のログインで担当の制度を見ます。"
            << Qt::endl;
    return Usage;
}

// --date D and --dry-run; false (usage printed) on anything else.
bool parseOptions(const QStringList& args, QDate* on, bool* dryRun, AdminContext& ctx)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == u"--date"_s && i + 1 < args.size()) {
            *on = QDate::fromString(args[++i], Qt::ISODate);
            if (!on->isValid()) {
                ctx.err << "日付は YYYY-MM-DD で指定してください: " << args[i] << Qt::endl;
                return false;
            }
        } else if (dryRun && args[i] == u"--dry-run"_s) {
            *dryRun = true;
        } else {
            return false;
        }
    }
    return true;
}

QString reasonLabel(const QString& reason)
{
    if (reason == u"lapsed"_s)
        return u"期間満了"_s;
    if (reason == u"municipality"_s)
        return u"市の所管へ移行"_s;
    if (reason == u"renewal_pending"_s)
        return u"更新・変更の申請が審査中"_s;
    return reason;
}

} // namespace

int runEligibilityCommand(const QStringList& args, AdminContext& ctx)
{
    if (args.value(0) != u"end-lapsed"_s)
        return eligibilityUsage(ctx);
    QDate on;
    bool dryRun = false;
    if (!parseOptions(args, &on, &dryRun, ctx))
        return eligibilityUsage(ctx);
    db::Session* session = ctx.session();
    if (!session)
        return Failed;
    db::RetentionRepository repo(*session);
    const auto outcomes = repo.endLapsed(on, dryRun);
    if (!outcomes) {
        ctx.err << repo.lastError().message << Qt::endl;
        return Failed;
    }
    int ended = 0;
    int skipped = 0;
    ctx.out << "受給者ID\t法別\t受給者番号\t理由\t終了日\t処理" << Qt::endl;
    for (const auto& o : *outcomes) {
        ctx.out << o.recipientId << '\t' << o.programme << '\t' << o.recipientNumber << '\t'
                << reasonLabel(o.endReason) << '\t' << o.endedOn.toString(Qt::ISODate) << '\t'
                << o.action << Qt::endl;
        (o.action == u"skipped"_s ? skipped : ended)++;
    }
    const QString when = (on.isValid() ? on : QDate::currentDate()).toString(Qt::ISODate);
    if (dryRun)
        ctx.out << "確認のみ（" << when << "）: 終了の対象 " << ended << " 件、審査中の申請で保留 "
                << skipped << " 件。何も変更していません。" << Qt::endl;
    else
        ctx.out << "認定を終了しました（" << when << "）: " << ended << " 件、審査中の申請で保留 "
                << skipped << " 件。" << Qt::endl;
    return Ok;
}

int runRetentionCommand(const QStringList& args, AdminContext& ctx)
{
    if (args.value(0) != u"due"_s)
        return retentionUsage(ctx);
    QDate on;
    if (!parseOptions(args, &on, nullptr, ctx))
        return retentionUsage(ctx);
    db::Session* session = ctx.session();
    if (!session)
        return Failed;
    db::RetentionRepository repo(*session);
    std::optional<QList<db::RetentionDueItem>> due;
    if (repo.callerIsAdministrator()) {
        due = repo.dueAsAdministrator(on);
    } else {
        // A staff login: logged with the terminal, as the client's sessions are.
        db::beginClientSession(*session);
        due = repo.due(on);
    }
    if (!due) {
        ctx.err << repo.lastError().message << Qt::endl;
        return Failed;
    }
    ctx.out
        << "受給者ID\t法別\t受給者番号\t氏名\t終了日\t終了の理由\t保存期限\t個人番号\t廃棄の提案"
        << Qt::endl;
    for (const auto& d : *due)
        ctx.out << d.recipientId << '\t' << d.programme << '\t' << d.recipientNumber << '\t'
                << d.name << '\t' << d.endedOn.toString(Qt::ISODate) << '\t' << d.endReasonLabel
                << '\t' << d.retentionUntil.toString(Qt::ISODate) << '\t' << d.numbersHeld
                << " 件\t" << (d.openProposalId ? QString::number(d.openProposalId) : u"-"_s)
                << Qt::endl;
    ctx.out << "保存期間を過ぎたもの: " << due->size() << " 件" << Qt::endl;
    return Ok;
}

} // namespace kohi::admin
