#include "app/admin/AuditCommand.h"

#include "db/AuditChain.h"

#include <QDate>
#include <QFile>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace kohi::admin {

namespace {

int usage(AdminContext& ctx)
{
    ctx.err
        << "usage: kohi-admin audit head\n"
           "       kohi-admin audit verify [--from-anchor FILE] [--head FILE] [--client|--server]\n"
           "       kohi-admin audit partitions [--ahead N]\n"
           "       kohi-admin audit purge\n"
           "       kohi-admin audit monitor\n"
           "       kohi-admin audit holidays [list | add YYYY-MM-DD NAME | remove YYYY-MM-DD]"
        << Qt::endl;
    return Usage;
}

std::optional<db::AuditChainPoint> readPoint(const QString& path, AdminContext& ctx)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        ctx.err << "ファイルを読めません: " << path << Qt::endl;
        return std::nullopt;
    }
    QString error;
    auto point = db::AuditChainPoint::fromLine(QString::fromUtf8(f.readAll()), &error);
    if (!point)
        ctx.err << path << ": " << error << Qt::endl;
    return point;
}

QString number(qint64 n)
{
    return QLocale::c().toString(n);
}

int head(AdminContext& ctx)
{
    db::Session* session = ctx.session();
    if (!session)
        return Failed;
    QString error;
    const auto point = db::AuditChain(*session).exportHead(&error);
    if (!point) {
        ctx.err << "先頭の記録を書き出せません: " << error << Qt::endl;
        return Failed;
    }
    // Only the line on stdout, so that `kohi-admin audit head >> heads.txt` keeps it.
    ctx.out << point->toLine() << Qt::endl;
    return Ok;
}

int verify(const QStringList& args, AdminContext& ctx)
{
    QString anchorFile;
    QString headFile;
    enum
    {
        Auto,
        Client,
        Server
    } method = Auto;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == u"--from-anchor"_s && i + 1 < args.size())
            anchorFile = args[++i];
        else if (args[i] == u"--head"_s && i + 1 < args.size())
            headFile = args[++i];
        else if (args[i] == u"--client"_s)
            method = Client;
        else if (args[i] == u"--server"_s)
            method = Server;
        else
            return usage(ctx);
    }
    std::optional<db::AuditChainPoint> anchor;
    std::optional<db::AuditChainPoint> kept;
    if (!anchorFile.isEmpty() && !(anchor = readPoint(anchorFile, ctx)))
        return Failed;
    if (!headFile.isEmpty() && !(kept = readPoint(headFile, ctx)))
        return Failed;
    db::Session* session = ctx.session();
    if (!session)
        return Failed;
    db::AuditChain chain(*session);
    const db::AuditVerifyResult r = method == Client   ? chain.verifyOnClient(anchor)
                                    : method == Server ? chain.verifyOnServer(anchor)
                                                       : chain.verify(anchor);
    if (!r.completed) {
        ctx.err << "アクセスログを検証できません: " << r.message << Qt::endl;
        return Failed;
    }
    const QString how = r.method == db::AuditVerifyResult::Method::Client
                            ? u"このコンピューターで再計算"_s
                            : u"サーバーで再計算"_s;
    const double rate = r.seconds > 0 ? double(r.verified) / r.seconds : 0;
    bool ok = r.intact;
    if (r.intact) {
        ctx.out << "アクセスログの連鎖は完全です: " << number(r.verified) << " 件を検証";
        if (r.verified > 0)
            ctx.out << "（連番 " << r.firstSeq << "〜" << r.lastSeq << "、最新 "
                    << db::auditTimeText(r.lastAtMicros) << "）";
        ctx.out << Qt::endl;
    } else {
        ctx.out << "改ざんを検出しました: 連番 " << r.brokenSeq;
        if (r.brokenAtMicros)
            ctx.out << "（" << db::auditTimeText(*r.brokenAtMicros) << "）";
        ctx.out << ": " << r.problem << Qt::endl
                << "  それより前の " << number(r.verified) << " 件は正常でした。" << Qt::endl;
    }
    if (anchor)
        ctx.out << "  起点: " << anchorFile << " の連番 " << anchor->seq << " の後から" << Qt::endl;
    ctx.out << "  " << QString::number(r.seconds, 'f', 2) << " 秒、" << number(qint64(rate))
            << " 件/秒（" << how << "）" << Qt::endl;

    if (kept) {
        const db::AuditHeadCheck check = chain.checkHead(*kept);
        if (!check.completed) {
            ctx.err << "保管された先頭の記録を照合できません: " << check.message << Qt::endl;
            return Failed;
        }
        if (check.present && check.matches) {
            ctx.out << "保管された先頭の記録（連番 " << kept->seq << "）はそのまま含まれています。"
                    << Qt::endl;
        } else if (!check.present) {
            ok = false;
            ctx.out << "保管された先頭の記録（連番 " << kept->seq
                    << "）がありません（削除、または保存期間による削除）。" << Qt::endl;
        } else {
            ok = false;
            ctx.out << "保管された先頭の記録（連番 " << kept->seq
                    << "）が変わっています: 連鎖が作り直されています（改ざん）。" << Qt::endl;
        }
    }
    return ok ? Ok : Failed;
}

int partitions(const QStringList& args, AdminContext& ctx)
{
    int ahead = 2;
    for (qsizetype i = 1; i < args.size(); ++i) {
        bool valid = false;
        if (args[i] == u"--ahead"_s && i + 1 < args.size())
            ahead = args[++i].toInt(&valid);
        if (!valid)
            return usage(ctx);
    }
    db::Session* session = ctx.session();
    if (!session)
        return Failed;
    const db::PgResult r =
        session->exec(u"SELECT kohi_audit.ensure_partitions(clock_timestamp(), $1::int) AS n"_s,
                      {QByteArray::number(ahead)});
    if (!r.ok) {
        ctx.err << "月別の区画を作成できません: " << r.errorMessage << Qt::endl;
        return Failed;
    }
    ctx.out << "月別の区画を " << r.first(u"n"_s).toString() << " 個作成しました（今月と先 "
            << ahead << " か月）。" << Qt::endl;
    return Ok;
}

int purge(AdminContext& ctx)
{
    db::Session* session = ctx.session();
    if (!session)
        return Failed;
    const db::PgResult r = session->exec(
        u"SELECT array_to_string(partitions, ', ') AS parts, events_purged, anchor_seq,"
        " anchor_hash, event_seq FROM kohi.audit_retention_purge()"_s);
    if (!r.ok) {
        ctx.err << "保存期間を過ぎた記録を削除できません: " << r.errorMessage << Qt::endl;
        return Failed;
    }
    if (r.first(u"parts"_s).toString().isEmpty()) {
        ctx.out << "保存期間を過ぎた月はありません（記録 連番 "
                << r.first(u"event_seq"_s).toString() << "）。" << Qt::endl;
        return Ok;
    }
    ctx.out << "保存期間を過ぎた " << r.first(u"parts"_s).toString() << " の "
            << number(r.first(u"events_purged"_s).toLongLong()) << " 件を削除しました。" << Qt::endl
            << "  検証の起点（アンカー）: 連番 " << r.first(u"anchor_seq"_s).toString() << " hash "
            << r.first(u"anchor_hash"_s).toString() << Qt::endl
            << "  削除の記録: 連番 " << r.first(u"event_seq"_s).toString() << Qt::endl;
    return Ok;
}

// Evaluates the monitoring rules over the events recorded since the last evaluation (the client
// does so too whenever the alert list is opened); meant for a scheduled task.
int monitor(AdminContext& ctx)
{
    db::Session* session = ctx.session();
    if (!session)
        return Failed;
    const db::PgResult r = session->exec(
        u"SELECT m.events, m.alerts_changed,"
        " (SELECT count(*) FROM kohi.monitor_alert WHERE acknowledged_at IS NULL) AS open_alerts"
        " FROM kohi.monitor_evaluate(NULL) m"_s);
    if (!r.ok) {
        ctx.err << "監視ルールを評価できません: " << r.errorMessage << Qt::endl;
        return Failed;
    }
    ctx.out << "新しい記録 " << number(r.first(u"events"_s).toLongLong())
            << " 件を評価しました。新しい・更新された警告 "
            << r.first(u"alerts_changed"_s).toString() << " 件、未確認の警告 "
            << r.first(u"open_alerts"_s).toString() << " 件。" << Qt::endl;
    return Ok;
}

// The days the office is closed besides weekends (off-hours for monitoring).
int holidays(const QStringList& args, AdminContext& ctx)
{
    const QString action = args.value(1, u"list"_s);
    db::Session* session = ctx.session();
    if (!session)
        return Failed;
    if (action == u"list"_s && args.size() <= 2) {
        const db::PgResult r =
            session->exec(u"SELECT day::text AS day, name, confirmed FROM kohi.office_holiday"
                          " WHERE day >= current_date - 31 ORDER BY day"_s);
        if (!r.ok) {
            ctx.err << "休日を読めません: " << r.errorMessage << Qt::endl;
            return Failed;
        }
        for (int i = 0; i < r.rows.size(); ++i)
            ctx.out << r.value(i, u"day"_s).toString() << '\t' << r.value(i, u"name"_s).toString()
                    << (r.value(i, u"confirmed"_s).toString() == u"t"_s ? "" : "\t（未確認）")
                    << Qt::endl;
        return Ok;
    }
    const QDate day = QDate::fromString(args.value(2), Qt::ISODate);
    if (!day.isValid())
        return usage(ctx);
    db::PgResult r;
    if (action == u"add"_s && args.size() == 4) {
        r = session->exec(
            u"INSERT INTO kohi.office_holiday (day, name) VALUES ($1::date, $2)"
            " ON CONFLICT (day) DO UPDATE SET name = EXCLUDED.name, confirmed = true"_s,
            {day.toString(Qt::ISODate).toUtf8(), args[3].toUtf8()});
    } else if (action == u"remove"_s && args.size() == 3) {
        r = session->exec(u"DELETE FROM kohi.office_holiday WHERE day = $1::date"_s,
                          {day.toString(Qt::ISODate).toUtf8()});
    } else {
        return usage(ctx);
    }
    if (!r.ok) {
        ctx.err << "休日を変更できません: " << r.errorMessage << Qt::endl;
        return Failed;
    }
    ctx.out << (action == u"add"_s ? "休日を登録しました: " : "休日を削除しました: ")
            << day.toString(Qt::ISODate) << "（" << r.affectedRows << " 件）" << Qt::endl;
    return Ok;
}

} // namespace

int runAuditCommand(const QStringList& args, AdminContext& ctx)
{
    const QString sub = args.value(0);
    if (sub == u"head"_s && args.size() == 1)
        return head(ctx);
    if (sub == u"verify"_s)
        return verify(args, ctx);
    if (sub == u"partitions"_s)
        return partitions(args, ctx);
    if (sub == u"purge"_s && args.size() == 1)
        return purge(ctx);
    if (sub == u"monitor"_s && args.size() == 1)
        return monitor(ctx);
    if (sub == u"holidays"_s)
        return holidays(args, ctx);
    return usage(ctx);
}

} // namespace kohi::admin
