#pragma once

#include "core/crypto/SecureBytes.h"
#include "core/import/TextFileDecoder.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace kohi::juki {

// 処理結果 of one answered inquiry.
enum class ResultCode
{
    Found,    // 00
    NotFound, // 10
    Several   // 20
};

// One record of the answer file after validation. The 住民票コード column is read only to count
// the columns and is overwritten at once: no field of this struct can hold it (REFERENCE §6).
struct AnswerRow
{
    int line = 0;      // physical line where the record starts (header = 1)
    QString inquiryNo; // 照会番号
    ResultCode result = ResultCode::Found;
    crypto::SecureBytes myNumber; // 12 ASCII digits; only in a valid 00 row
    QString name;                 // 氏名 as given (may use variant kanji)
    QString kana;                 // 氏名カナ as given
    QString kanaKey;              // kanaMatchKey(kana)
    QDate birthDate;
    int sex = 0; // 1 male, 2 female
    QString address;
    QString problemCode; // empty when valid: columns, quoting, inquiry_no, result, ...
    QString problem;     // Japanese, never contains the number
    bool valid() const { return problemCode.isEmpty(); }
};

struct AnswerFile
{
    bool ok = false; // false: the whole file is refused (error says why, errorLine where)
    QString error;
    int errorLine = 0;
    FileEncoding encoding = FileEncoding::Cp932;
    QByteArray sha256; // of the bytes as read: the same file imported twice is recognised
    int physicalLines = 0;
    QList<AnswerRow> rows;
    int validRows() const;
};

// The answer file's header row, in order (REFERENCE §6).
QStringList answerFileHeader();
inline constexpr qsizetype MaxAnswerFileBytes = 64 * 1024 * 1024;
inline constexpr int MaxAnswerRows = 200000;

// Parses and validates one answer file. `bytes` is taken by value and overwritten before
// returning (it holds 住民票コード); pass std::move(buffer) so no other copy survives.
AnswerFile parseAnswerFile(QByteArray bytes, QDate today = QDate::currentDate());

} // namespace kohi::juki
