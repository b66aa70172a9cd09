#pragma once

// Builds 住基ネット answer files (REFERENCE §6) for tests and benchmarks: synthetic data only.

#include "core/import/JukiAnswerFile.h"
#include "core/validation/MyNumber.h"

#include <QByteArray>
#include <QString>
#include <QStringEncoder>
#include <QStringList>

namespace kohi::test {

// A valid synthetic My Number: the 11-digit base from `seed`, then its check digit.
inline QString syntheticMyNumber(qint64 seed)
{
    const QString base = QString::number(seed % 100000000000LL).rightJustified(11, u'0');
    return base + QString::number(*kohi::myNumberCheckDigit(base));
}

// The same base with a wrong check digit.
inline QString wrongCheckDigit(const QString& number)
{
    const int good = number.right(1).toInt();
    return number.left(11) + QString::number((good + 1) % 10);
}

struct JukiFileBuilder
{
    enum class Encoding
    {
        Cp932,
        Utf8,
        Utf8Bom
    };
    Encoding encoding = Encoding::Cp932;
    bool crlf = true;
    QList<QStringList> records{juki::answerFileHeader()};

    // One answered inquiry; the 住民票コード is a fixed synthetic value unless given.
    JukiFileBuilder& row(const QString& inquiryNo, const QString& result, const QString& number,
                         const QString& name, const QString& kana, const QString& birth,
                         const QString& sex, const QString& address,
                         const QString& residentCode = QStringLiteral("98765432109"))
    {
        records << QStringList{inquiryNo, result, number,  name,        kana,
                               birth,     sex,    address, residentCode};
        return *this;
    }
    JukiFileBuilder& raw(const QStringList& fields)
    {
        records << fields;
        return *this;
    }

    static QString quoted(const QString& field)
    {
        if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') &&
            !field.contains(u'\r'))
            return field;
        QString q = field;
        q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + q + u'"';
    }

    QString text() const
    {
        QString out;
        const QString eol = crlf ? QStringLiteral("\r\n") : QStringLiteral("\n");
        for (const QStringList& r : records) {
            QStringList fields;
            for (const QString& f : r)
                fields << quoted(f);
            out += fields.join(u',') + eol;
        }
        return out;
    }

    static QByteArray encode(const QString& text, Encoding encoding)
    {
        if (encoding == Encoding::Cp932) {
            QStringEncoder enc("CP932");
            return enc.encode(text);
        }
        QByteArray bytes = text.toUtf8();
        if (encoding == Encoding::Utf8Bom)
            bytes.prepend("\xEF\xBB\xBF");
        return bytes;
    }

    QByteArray bytes() const { return encode(text(), encoding); }
};

} // namespace kohi::test
