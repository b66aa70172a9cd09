#pragma once

#include "db/ApiError.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace kohi::db {

class Session;

// An inquiry (照会) to the resident registry for a recipient's number (0027).
struct JukiInquiry
{
    qint64 id = 0;
    QString inquiryNo; // 照会番号
    QString programme;
    qint64 recipientId = 0;
    QString recipientNumber;
    QString name;
    QString kana;
    QDate birthDate;
    int sex = 0;
    QString address;
    QString municipalityCode;
    QString reason; // blank | confirmation_failed | synthetic
    QString state;  // open | staged | review | closed
    QDateTime exportedAt;
};

// A record of an import that a person must resolve (mismatch, unknown inquiry, 10, 20, or a
// number the register refused).
struct JukiReviewItem
{
    qint64 importId = 0;
    int line = 0;
    QString inquiryNo;
    QString outcome;
    QString reason;
    QString message;
    qint64 recipientId = 0; // 0: no known inquiry
    QString recipientNumber;
    QString name;
    QString kana;
    QDate birthDate;
    int sex = 0;
    QString fileKana; // what the answer file said (mismatches only)
    QDate fileBirthDate;
    int fileSex = 0;
    QString importedBy;
};

// One synthetic recipient with its open inquiry (kohi-admin demo inquiries).
struct DemoInquiryRow
{
    QString inquiryNo;
    QString programme;
    QString name;
    QString kana;
    QDate birthDate;
    int sex = 0;
    QString address;
    QString municipalityCode;
};

class JukiInquiryRepository
{
public:
    explicit JukiInquiryRepository(const Session& session) : m_session(session) {}

    // reason: "blank" (the application left the number blank) or "confirmation_failed".
    bool create(qint64 recipientId, const QString& reason, QString* inquiryNo, ApiError* error);
    // markExported: this is the hand-out to the terminal operator (recorded on each inquiry).
    QList<JukiInquiry> list(const QString& state, bool markExported, ApiError* error) const;
    QList<JukiReviewItem> reviewList(ApiError* error) const;
    // action: "reissue" (a new inquiry for the same recipient) or "close"; a note is required.
    bool resolve(qint64 importId, int line, const QString& action, const QString& note,
                 QString* newInquiryNo, ApiError* error);

    // The database administrator, synthetic environments only (the server refuses production).
    static bool createDemo(const Session& dba, const QList<DemoInquiryRow>& rows, int* created,
                           ApiError* error);

    // The inquiries as the CSV the terminal operator works from (UTF-8 with BOM, CRLF).
    static QByteArray exportCsv(const QList<JukiInquiry>& inquiries);

private:
    const Session& m_session;
};

} // namespace kohi::db
