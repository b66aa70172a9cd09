#include "app/admin/RenewalCommand.h"

#include "app/client/renewal/RenewalNoticeRun.h"
#include "db/RegisterStatistics.h"
#include "db/RenewalBatchRepository.h"
#include "db/SessionInfo.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace kohi::admin {

namespace {

int usage(AdminContext& ctx)
{
    ctx.err << "usage: kohi-admin renewal create --programme 54 --valid-to YYYY-MM-DD "
               "[--notice-date D] [--deadline D] [--part-size N]\n"
               "       kohi-admin renewal status [BATCH]\n"
               "       kohi-admin renewal notices BATCH --out DIR [--workers N]\n"
               "       kohi-admin renewal cancel BATCH --reason TEXT\n"
               "       kohi-admin renewal resume BATCH [--out DIR [--workers N]]\n"
               "       kohi-admin renewal items BATCH [--filter all|not_received|received|"
               "approved_unprinted]\n"
               "  担当者自身のログイン（PGUSER と PGPASSFILE）で実行します。通知は保健所ごと・"
               "--part-size 件ごとの PDF に出力され、中断しても再実行で続きから作成されます"
               "（重複も漏れもありません）。"
            << Qt::endl;
    return Usage;
}

db::Session* clerkSession(AdminContext& ctx)
{
    db::Session* session = ctx.session();
    if (session) // logged with the terminal, as the client's sessions are
        db::beginClientSession(*session);
    return session;
}

// The value after a flag, or an empty string.
QString option(const QStringList& args, const QString& flag)
{
    const qsizetype i = args.indexOf(flag);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
}

QDate dateOption(const QStringList& args, const QString& flag, const QDate& fallback, bool* ok)
{
    const QString text = option(args, flag);
    if (text.isEmpty())
        return fallback;
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        *ok = false;
    return d;
}

void printStatus(const db::RenewalBatchStatus& s, AdminContext& ctx)
{
    ctx.out << "batch " << s.id << "  法別" << s.programme << "  終了日 "
            << s.validTo.toString(Qt::ISODate) << "  状態 "
            << (s.state == u"cancelled"_s ? u"取消"_s : u"実行中"_s) << "\n  通知 "
            << s.noticesGenerated << "/" << s.recipients << "（PDF " << s.partsDone << "/"
            << s.parts << "）  提出 " << s.received << "  承認 " << s.approved << "  証の印刷 "
            << s.certificatesPrinted << Qt::endl;
}

int create(const QStringList& args, AdminContext& ctx)
{
    bool ok = true;
    const QString programme = option(args, u"--programme"_s);
    const QDate validTo = dateOption(args, u"--valid-to"_s, {}, &ok);
    const QDate noticeDate = dateOption(args, u"--notice-date"_s, QDate::currentDate(), &ok);
    const QDate deadline =
        dateOption(args, u"--deadline"_s, validTo.isValid() ? validTo.addMonths(-1) : QDate(), &ok);
    const int partSize =
        option(args, u"--part-size"_s).isEmpty() ? 200 : option(args, u"--part-size"_s).toInt(&ok);
    if (!ok || programme.isEmpty() || !validTo.isValid()) {
        ctx.err << "--programme と --valid-to（YYYY-MM-DD）を指定してください。日付は "
                   "YYYY-MM-DD、--part-size は数で指定します。"
                << Qt::endl;
        return Usage;
    }
    db::Session* session = clerkSession(ctx);
    if (!session)
        return Failed;
    db::RenewalBatchRepository batches(*session);
    const auto created = batches.create(programme, validTo, noticeDate, deadline, partSize);
    if (!created) {
        ctx.err << batches.lastError().message << Qt::endl;
        return Failed;
    }
    ctx.out << "一斉更新のバッチ " << created->id << " を作成しました（対象 " << created->recipients
            << " 人）。" << Qt::endl;
    return Ok;
}

int status(const QStringList& args, AdminContext& ctx)
{
    db::Session* session = clerkSession(ctx);
    if (!session)
        return Failed;
    db::RenewalBatchRepository batches(*session);
    const auto list = batches.status(args.size() > 1 ? args.at(1).toLongLong() : 0);
    if (!list) {
        ctx.err << batches.lastError().message << Qt::endl;
        return Failed;
    }
    if (list->isEmpty())
        ctx.out << "一斉更新のバッチはありません。" << Qt::endl;
    for (const auto& s : *list)
        printStatus(s, ctx);
    return Ok;
}

// Several processes share a batch safely (the server hands each part to one of them); a
// process, not a thread, per worker keeps font rendering on each process's main thread.
int noticesInWorkers(qint64 batch, const QString& out, int workers, AdminContext& ctx)
{
    QList<QProcess*> children;
    for (int i = 0; i < workers; ++i) {
        auto* p = new QProcess;
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start(QCoreApplication::applicationFilePath(),
                 {u"renewal"_s, u"notices"_s, QString::number(batch), u"--out"_s, out});
        children << p;
    }
    int failed = 0;
    for (QProcess* p : children) {
        p->waitForFinished(-1);
        ctx.out << QString::fromUtf8(p->readAllStandardOutput());
        if (p->exitStatus() != QProcess::NormalExit || p->exitCode() != 0)
            ++failed;
        delete p;
    }
    ctx.out.flush();
    return failed == 0 ? Ok : Failed;
}

int notices(const QStringList& args, AdminContext& ctx)
{
    const qint64 batch = args.size() > 1 ? args.at(1).toLongLong() : 0;
    const QString out = option(args, u"--out"_s);
    const int workers =
        option(args, u"--workers"_s).isEmpty() ? 1 : option(args, u"--workers"_s).toInt();
    if (batch <= 0 || out.isEmpty() || workers < 1 || workers > 16)
        return usage(ctx);
    if (workers > 1)
        return noticesInWorkers(batch, out, workers, ctx);
    db::Session* session = clerkSession(ctx);
    if (!session)
        return Failed;
    app::RenewalNoticeRun run(*session, batch, out);
    const auto result = run.run(
        [&ctx](int n, const QString& file) { ctx.out << file << "  " << n << " 件" << Qt::endl; });
    ctx.out << "通知 " << result.notices << " 件（PDF " << result.parts << "）を作成しました。"
            << Qt::endl;
    if (result.cancelled) {
        ctx.err << "バッチ " << batch << " は取り消されています（renewal resume で再開）。"
                << Qt::endl;
        return Failed;
    }
    if (!result.problem.isEmpty()) {
        ctx.err << result.problem << Qt::endl;
        return Failed;
    }
    return Ok;
}

int cancel(const QStringList& args, AdminContext& ctx)
{
    const qint64 batch = args.size() > 1 ? args.at(1).toLongLong() : 0;
    if (batch <= 0 || args.indexOf(u"--reason"_s) < 0)
        return usage(ctx);
    db::Session* session = clerkSession(ctx);
    if (!session)
        return Failed;
    db::RenewalBatchRepository batches(*session);
    if (!batches.cancel(batch, option(args, u"--reason"_s))) {
        ctx.err << batches.lastError().message << Qt::endl;
        return Failed;
    }
    ctx.out << "一斉更新のバッチ " << batch << " を取り消しました（作成済みの通知はそのまま）。"
            << Qt::endl;
    return Ok;
}

int resume(const QStringList& args, AdminContext& ctx)
{
    const qint64 batch = args.size() > 1 ? args.at(1).toLongLong() : 0;
    if (batch <= 0)
        return usage(ctx);
    db::Session* session = clerkSession(ctx);
    if (!session)
        return Failed;
    db::RenewalBatchRepository batches(*session);
    const auto left = batches.resume(batch);
    if (!left) {
        ctx.err << batches.lastError().message << Qt::endl;
        return Failed;
    }
    ctx.out << "一斉更新のバッチ " << batch << " を再開しました（未作成の通知 " << *left
            << " 件）。" << Qt::endl;
    if (option(args, u"--out"_s).isEmpty())
        return Ok;
    QStringList again = args;
    again[0] = u"notices"_s;
    return notices(again, ctx);
}

int items(const QStringList& args, AdminContext& ctx)
{
    const qint64 batch = args.size() > 1 ? args.at(1).toLongLong() : 0;
    const QString filter =
        option(args, u"--filter"_s).isEmpty() ? u"not_received"_s : option(args, u"--filter"_s);
    if (batch <= 0)
        return usage(ctx);
    db::Session* session = clerkSession(ctx);
    if (!session)
        return Failed;
    db::RenewalBatchRepository batches(*session);
    int after = 0;
    for (;;) {
        const auto page = batches.items(batch, filter, after, 1000);
        if (!page) {
            ctx.err << batches.lastError().message << Qt::endl;
            return Failed;
        }
        for (const auto& item : *page)
            ctx.out << item.seq << '\t' << item.recipientNumber << '\t' << item.name << '\t'
                    << item.healthCentreName << '\t' << item.noticeState << '\t'
                    << (item.renewalState.isEmpty() ? u"未提出"_s : item.renewalState) << '\n';
        if (page->size() < 1000)
            break;
        after = page->constLast().seq;
    }
    ctx.out.flush();
    return Ok;
}

} // namespace

bool renewalCommandPaints(const QString& command, const QStringList& args)
{
    return command == u"renewal"_s && !args.isEmpty() &&
           (args.first() == u"notices"_s || args.first() == u"resume"_s);
}

int runRenewalCommand(const QStringList& args, AdminContext& ctx)
{
    const QString sub = args.value(0);
    if (sub == u"create"_s)
        return create(args, ctx);
    if (sub == u"status"_s)
        return status(args, ctx);
    if (sub == u"notices"_s)
        return notices(args, ctx);
    if (sub == u"cancel"_s)
        return cancel(args, ctx);
    if (sub == u"resume"_s)
        return resume(args, ctx);
    if (sub == u"items"_s)
        return items(args, ctx);
    return usage(ctx);
}

int runStatsCommand(const QStringList& args, AdminContext& ctx)
{
    const QDate date =
        args.isEmpty() ? QDate::currentDate() : QDate::fromString(args.first(), Qt::ISODate);
    if (!date.isValid() || args.size() > 1) {
        ctx.err << "usage: kohi-admin stats [YYYY-MM-DD]   その日に有効な受給者証の数"
                   "（制度・疾病・階層区分・保健所別）"
                << Qt::endl;
        return Usage;
    }
    db::Session* session = clerkSession(ctx);
    if (!session)
        return Failed;
    db::RegisterStatistics stats(*session);
    const auto rows = stats.counts(date);
    if (!rows) {
        ctx.err << stats.lastError().message << Qt::endl;
        return Failed;
    }
    const QHash<QString, QString> titles{{u"programme"_s, u"制度"_s},
                                         {u"disease"_s, u"疾病"_s},
                                         {u"tier"_s, u"階層区分"_s},
                                         {u"health_centre"_s, u"保健所"_s}};
    ctx.out << date.toString(Qt::ISODate) << " に有効な受給者証" << Qt::endl;
    for (const QString& dimension : db::RegisterStatistics::dimensions()) {
        ctx.out << "[" << titles.value(dimension) << "]" << Qt::endl;
        for (const auto& row : *rows)
            if (row.dimension == dimension)
                ctx.out << "  " << row.label << '\t' << row.recipients << Qt::endl;
    }
    return Ok;
}

} // namespace kohi::admin
