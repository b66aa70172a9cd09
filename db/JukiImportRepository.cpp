#include "db/JukiImportRepository.h"

#include "db/MyNumberRepository.h"
#include "db/Session.h"
#include "db/internal/RawSql.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kohi::db {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kohi::db::JukiImportRepository", text);
}

QString resultCode(juki::ResultCode code)
{
    switch (code) {
    case juki::ResultCode::Found:
        return u"00"_s;
    case juki::ResultCode::NotFound:
        return u"10"_s;
    case juki::ResultCode::Several:
        return u"20"_s;
    }
    return {};
}

// What the server needs of each record: never the number (it stays here until it is sealed).
QByteArray matchRows(const juki::AnswerFile& file)
{
    QJsonArray rows;
    for (const juki::AnswerRow& r : file.rows) {
        QJsonObject o{{u"line"_s, r.line}, {u"inquiry_no"_s, r.inquiryNo}};
        if (r.valid()) {
            o.insert(u"result"_s, resultCode(r.result));
            o.insert(u"kana_key"_s, r.kanaKey);
            if (r.birthDate.isValid())
                o.insert(u"birth_date"_s, r.birthDate.toString(Qt::ISODate));
            if (r.sex)
                o.insert(u"sex"_s, r.sex);
        } else {
            o.insert(u"problem_code"_s, r.problemCode);
            o.insert(u"problem"_s, r.problem);
        }
        rows.append(o);
    }
    return QJsonDocument(rows).toJson(QJsonDocument::Compact);
}

void clearNumbers(juki::AnswerFile& file)
{
    for (juki::AnswerRow& r : file.rows)
        r.myNumber.clear();
}

} // namespace

JukiImportRepository::JukiImportRepository(const Session& session, MyNumberRepository& numbers)
    : m_session(session), m_numbers(numbers)
{
}

juki::ImportReport JukiImportRepository::refusedFile(const juki::AnswerFile& file)
{
    juki::ImportReport report;
    report.status = juki::ImportReport::Status::Refused;
    report.message = file.error;
    report.encoding = juki::encodingLabel(file.encoding);
    report.rows << juki::ReportRow{file.errorLine, QString(), u"FILE_REFUSED"_s, u"file"_s,
                                   file.error};
    return report;
}

juki::ImportReport JukiImportRepository::refuseAll(const juki::AnswerFile& file,
                                                   const QString& message)
{
    juki::ImportReport report;
    report.status = juki::ImportReport::Status::Refused;
    report.message = message;
    report.encoding = juki::encodingLabel(file.encoding);
    for (const juki::AnswerRow& r : file.rows)
        report.rows << juki::ReportRow{r.line, r.inquiryNo, u"FILE_REFUSED"_s, u"file"_s, message};
    return report;
}

juki::ImportReport JukiImportRepository::importFile(juki::AnswerFile& file, const QString& fileName,
                                                    bool dryRun)
{
    if (!file.ok) {
        clearNumbers(file);
        return refusedFile(file);
    }
    auto abandon = [&](const QString& message) {
        m_session.exec(u"ROLLBACK"_s);
        clearNumbers(file);
        return refuseAll(file, message);
    };
    // One transaction for the whole file: nothing of it stays unless all of it does.
    if (!m_session.exec(u"BEGIN ISOLATION LEVEL READ COMMITTED"_s).ok)
        return abandon(tr("データベースに接続できません。"));
    const PgResult begun = m_session.exec(
        u"SELECT import_id, outcome, message FROM kohi_api.juki_import_begin($1::bytea, $2, $3)"_s,
        {"\\x" + file.sha256.toHex(), fileName.toUtf8(),
         juki::encodingLabel(file.encoding).toUtf8()});
    if (!begun.ok)
        return abandon(begun.errorMessage);
    if (begun.first(u"outcome"_s).toString() != u"ok"_s)
        return abandon(begun.first(u"message"_s).toString());
    const qint64 importId = begun.first(u"import_id"_s).toLongLong();

    const PgResult matched =
        m_session.exec(u"SELECT line, inquiry_no, outcome, reason, message, recipient_id"
                       " FROM kohi_api.juki_import_match($1::bigint, $2::jsonb)"_s,
                       {QByteArray::number(importId), matchRows(file)});
    if (!matched.ok)
        return abandon(matched.errorMessage);

    juki::ImportReport report;
    report.importId = importId;
    report.encoding = juki::encodingLabel(file.encoding);
    QHash<int, qsizetype> reportIndex; // line → report row
    QHash<int, qint64> recipientOf;    // ACCEPT line → recipient
    for (int i = 0; i < matched.rows.size(); ++i) {
        juki::ReportRow row{
            matched.value(i, u"line"_s).toInt(), matched.value(i, u"inquiry_no"_s).toString(),
            matched.value(i, u"outcome"_s).toString(), matched.value(i, u"reason"_s).toString(),
            matched.value(i, u"message"_s).toString()};
        if (row.outcome == u"ACCEPT"_s)
            recipientOf.insert(row.line, matched.value(i, u"recipient_id"_s).toLongLong());
        reportIndex.insert(row.line, report.rows.size());
        report.rows << row;
    }
    if (report.rows.size() != file.rows.size())
        return abandon(tr("照合の結果の行数がファイルと一致しません。"));

    if (dryRun) {
        m_session.exec(u"ROLLBACK"_s);
        clearNumbers(file);
        for (juki::ReportRow& r : report.rows) {
            if (r.outcome == u"ACCEPT"_s)
                r.message = tr("受理できます（承認待ちとして登録されます）。");
        }
        report.status = juki::ImportReport::Status::DryRun;
        report.message = tr("確認のみ（何も変更していません）。");
        return report;
    }

    // Each accepted number: sealed here and registered exactly as a typed one is.
    QJsonArray staged;
    for (juki::AnswerRow& r : file.rows) {
        if (!recipientOf.contains(r.line))
            continue;
        MyNumberEntry entry;
        entry.recipientId = recipientOf.value(r.line);
        entry.role = PersonRole::Patient;
        const MyNumberRegistration reg = m_numbers.registerNumber(entry, r.myNumber);
        r.myNumber.clear();
        // A terminal or key problem is not an answer about this person: the file waits.
        static const QStringList terminalProblems{u"pin"_s, u"logging"_s, u"key"_s, u"envelope"_s,
                                                  u"invalid_number"_s};
        if (reg.outcome == MyNumberRegistration::Outcome::Failed ||
            terminalProblems.contains(reg.reason))
            return abandon(
                tr("%1 行目の個人番号を登録できなかったため、ファイル全体を取り込みませんでした: "
                   "%2")
                    .arg(r.line)
                    .arg(reg.message));
        juki::ReportRow& reported = report.rows[reportIndex.value(r.line)];
        if (reg.registered()) {
            staged.append(QJsonObject{{u"line"_s, r.line}, {u"mynumber_id"_s, reg.id}});
            reported.message = tr("承認待ちとして登録しました（承認者の照合で確定します）。");
        } else {
            staged.append(QJsonObject{
                {u"line"_s, r.line}, {u"reason"_s, reg.reason}, {u"message"_s, reg.message}});
            reported.outcome = u"REVIEW"_s;
            reported.reason = u"register_"_s + reg.reason;
            reported.message = reg.message + tr("（確認リストへ）");
        }
    }
    clearNumbers(file);
    if (!staged.isEmpty()) {
        const PgResult s = m_session.exec(
            u"SELECT kohi_api.juki_import_staged($1::bigint, $2::jsonb) AS n"_s,
            {QByteArray::number(importId), QJsonDocument(staged).toJson(QJsonDocument::Compact)});
        if (!s.ok)
            return abandon(s.errorMessage);
    }
    const PgResult finished =
        m_session.exec(u"SELECT outcome, n FROM kohi_api.juki_import_finish($1::bigint)"_s,
                       {QByteArray::number(importId)});
    if (!finished.ok)
        return abandon(finished.errorMessage);
    if (!m_session.exec(u"COMMIT"_s).ok)
        return abandon(tr("取り込みを確定できませんでした。"));
    report.status = juki::ImportReport::Status::Imported;
    report.message = tr("取り込みました（取り込み番号 %1）。").arg(importId);
    return report;
}

} // namespace kohi::db
