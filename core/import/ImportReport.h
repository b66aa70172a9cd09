#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace kohi::juki {

// One record of the answer file in the import report. Never holds a My Number or 住民票コード:
// `message` comes from validation or the server, neither of which repeats them.
struct ReportRow
{
    int line = 0;      // physical line where the record starts (header = 1); 0: the file itself
    QString inquiryNo; // 照会番号
    QString outcome;   // ACCEPT REVIEW REJECT NOT_FOUND MULTIPLE FILE_REFUSED
    QString reason;    // machine code (check_digit, mismatch, unknown_inquiry, …)
    QString message;   // Japanese
};

struct ImportReport
{
    enum class Status
    {
        Imported, // committed
        DryRun,   // matched, then rolled back: nothing changed
        Refused   // nothing changed; message says why
    };
    Status status = Status::Refused;
    QString message;
    qint64 importId = 0;
    QString encoding;
    QList<ReportRow> rows;

    QMap<QString, int> counts() const;
    // `line 照会番号 outcome reason` (reason: the Japanese message, then the code in brackets).
    QByteArray toTsv() const;
    // The same columns as CSV (UTF-8 with BOM, CRLF, RFC 4180), for the client's 保存.
    QByteArray toCsv() const;
};

} // namespace kohi::juki
