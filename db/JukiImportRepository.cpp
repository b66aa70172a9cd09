#include "db/JukiImportRepository.h"

#include "core/crypto/Wipe.h"
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

    // The accepted numbers in bulk (0043): each registered on the server exactly as a typed one
    // is (rules, seal, keyed hash, its own event); refusals for the person go to review.
    QString keyId;
    QString error;
    if (!recipientOf.isEmpty() && !m_numbers.readyToSend(&keyId, &error))
        return abandon(
            tr("個人番号を送信できないため、ファイル全体を取り込みませんでした: %1").arg(error));
    // In parts: each call stays well inside the staff statement timeout (0041), all in the
    // file's one transaction.
    constexpr int kPart = 500;
    QList<juki::AnswerRow*> accepted;
    for (juki::AnswerRow& r : file.rows) {
        if (recipientOf.contains(r.line))
            accepted << &r;
    }
    for (qsizetype from = 0; from < accepted.size(); from += kPart) {
        QByteArray lines = "{";
        QList<QByteArray> params{QByteArray::number(importId), keyId.toUtf8(), QByteArray(),
                                 QByteArray("{")};
        params[3].reserve(kPart * 13 + 2);
        for (qsizetype i = from; i < qMin(from + kPart, accepted.size()); ++i) {
            if (i > from) {
                lines += ',';
                params[3] += ',';
            }
            lines += QByteArray::number(accepted.at(i)->line);
            params[3].append(reinterpret_cast<const char*>(accepted.at(i)->myNumber.data()),
                             qsizetype(accepted.at(i)->myNumber.size()));
        }
        lines += '}';
        params[3] += '}';
        params[2] = lines;
        // The numbers travel only as this bind parameter, wiped once sent.
        const PgResult registered = m_session.exec(
            u"SELECT line, outcome, reason, message FROM kohi_api.juki_import_register("
            "$1::bigint, $2, $3::int[], $4::text[])"_s,
            params);
        crypto::wipe(params[3]);
        if (!registered.ok)
            return abandon(tr("個人番号を登録できなかったため、ファイル全体を取り込みませんでした: "
                              "%1")
                               .arg(registered.errorMessage));
        for (int i = 0; i < registered.rows.size(); ++i) {
            juki::ReportRow& reported =
                report.rows[reportIndex.value(registered.value(i, u"line"_s).toInt())];
            reported.outcome = registered.value(i, u"outcome"_s).toString();
            reported.message = registered.value(i, u"message"_s).toString();
            if (reported.outcome != u"ACCEPT"_s)
                reported.reason = registered.value(i, u"reason"_s).toString();
        }
    }
    clearNumbers(file);
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
