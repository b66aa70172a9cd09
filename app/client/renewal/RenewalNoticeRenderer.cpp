#include "app/client/renewal/RenewalNoticeRenderer.h"

#include "app/client/PrintCanvas.h"
#include "core/validation/JapaneseEra.h"

#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace kohi::app {

namespace {

constexpr double kWidth = 180;
constexpr double kLabel = 40;

QString yen(const std::optional<int>& amount)
{
    if (!amount)
        return u"―"_s;
    return QLocale(QLocale::Japanese).toString(*amount) + u"円"_s;
}

QString date(const QDate& d)
{
    return d.isValid() ? formatJapaneseDate(d) : u"―"_s;
}

struct Row
{
    QString label;
    QString value;
};

double table(PrintCanvas& canvas, double y, const QList<Row>& rows, double rowHeight = 9)
{
    const double top = y;
    for (const Row& row : rows) {
        canvas.labelCell(QRectF(0, y, kLabel, rowHeight), row.label, 9.5);
        canvas.valueCell(QRectF(kLabel, y, kWidth - kLabel, rowHeight), row.value, 11);
        y += rowHeight;
    }
    canvas.box(QRectF(0, top, kWidth, y - top), 0.5);
    return y;
}

} // namespace

QString RenewalNoticeRenderer::fullName() const
{
    return m_notice.familyName + u"　"_s + m_notice.givenName;
}

QString RenewalNoticeRenderer::fullKana() const
{
    return m_notice.familyNameKana + u"　"_s + m_notice.givenNameKana;
}

QString RenewalNoticeRenderer::addresseeName() const
{
    const bool minor = m_notice.birthDate.isValid() && m_notice.noticeDate.isValid() &&
                       m_notice.birthDate.addYears(18) > m_notice.noticeDate;
    return minor && !m_notice.guardianName.isEmpty() ? m_notice.guardianName : fullName();
}

void RenewalNoticeRenderer::paintLetter(PrintCanvas& canvas) const
{
    const db::RenewalNotice& n = m_notice;
    canvas.text(QRectF(90, 0, 90, 7), date(n.noticeDate), 10.5, Qt::AlignRight | Qt::AlignVCenter,
                false, 0);
    QString address = n.address;
    if (!n.postalCode.isEmpty())
        address = u"〒"_s + n.postalCode + u"\n"_s + address;
    canvas.text(QRectF(0, 10, 100, 14), address, 10.5, Qt::AlignLeft | Qt::AlignTop, false, 0);
    canvas.text(QRectF(0, 26, 100, 10), addresseeName() + u"　様"_s, 14,
                Qt::AlignLeft | Qt::AlignVCenter, false, 0);
    canvas.line(0, 36, 90, 36, 0.2);
    canvas.text(QRectF(80, 40, 100, 8), u"大阪府知事"_s, 13, Qt::AlignRight | Qt::AlignVCenter,
                false, 0);
    canvas.text(QRectF(0, 54, kWidth, 10), n.programmeName, 13, Qt::AlignCenter, true);
    canvas.text(QRectF(0, 64, kWidth, 12), u"受給者証の更新申請のお知らせ"_s, 18, Qt::AlignCenter,
                true);
    const QString body =
        u"現在お持ちの受給者証の有効期間は%1までです。%2日以降も引き続き医療費の助成を受けるには、"
        "更新の申請が必要です。同封の申請書（登録されている内容を印字しています）を確認し、"
        "変更があれば二重線で訂正のうえ、必要な書類を添えて%3までに下記の提出先へ提出してください。"_s
            .arg(date(n.validTo), date(n.validTo.addDays(1)), date(n.deadline));
    canvas.text(QRectF(0, 80, kWidth, 24), body, 11, Qt::AlignLeft | Qt::AlignTop, false, 2);
    double y =
        table(canvas, 106,
              {{u"受給者番号"_s, n.recipientNumber},
               {u"公費負担者番号"_s, n.publicPayerNumber},
               {u"受診者氏名"_s, fullName()},
               {u"生年月日"_s, date(n.birthDate)},
               {u"疾病名"_s, n.diseaseName},
               {u"階層区分"_s, n.incomeTierLabel.isEmpty() ? u"―"_s : n.incomeTierLabel},
               {u"自己負担上限月額"_s, yen(n.monthlyCap)},
               {u"現在の有効期間"_s, date(n.validFrom) + u"から"_s + date(n.validTo) + u"まで"_s},
               {u"提出期限"_s, date(n.deadline)},
               {u"提出先"_s,
                n.healthCentreName.isEmpty() ? u"お住まいの地域の保健所"_s : n.healthCentreName}});
    y += 6;
    canvas.text(QRectF(0, y, kWidth, 7), u"提出していただくもの"_s, 11.5,
                Qt::AlignLeft | Qt::AlignVCenter, true, 0);
    const QString list = u"１　支給認定申請書（同封のもの。内容を確認し、署名してください）\n"
                         "２　臨床調査個人票（指定医が記載した診断書）\n"
                         "３　健康保険の資格を確認できるもの（資格確認書等の写し）\n"
                         "４　世帯の市町村民税の課税状況を確認できる書類\n"
                         "５　自己負担上限額管理票の写し（高額かつ長期・軽症高額に該当する方）"_s;
    canvas.text(QRectF(0, y + 8, kWidth, 36), list, 10.5, Qt::AlignLeft | Qt::AlignTop, false, 2);
    canvas.text(QRectF(0, y + 46, kWidth, 18),
                u"※個人番号（マイナンバー）は、申請書の所定の欄に申請者が記入してください。"
                "このお知らせと申請書には印字していません。\n"
                "※期限までに申請がない場合、有効期間の終了をもって受給者証は失効します。"_s,
                9.5, Qt::AlignLeft | Qt::AlignTop, false, 2);
    canvas.text(QRectF(60, y + 68, 120, 8), u"（お問い合わせ先）　"_s + n.healthCentreName, 10.5,
                Qt::AlignRight | Qt::AlignVCenter, false, 0);
}

void RenewalNoticeRenderer::paintForm(PrintCanvas& canvas) const
{
    const db::RenewalNotice& n = m_notice;
    canvas.text(QRectF(0, 0, kWidth, 10), n.programmeName + u"　支給認定申請書（更新）"_s, 15,
                Qt::AlignCenter, true);
    canvas.text(
        QRectF(0, 11, kWidth, 7),
        u"印字された内容を確認し、誤りや変更があれば二重線で消して正しい内容を記入してください。"_s,
        9.5, Qt::AlignCenter, false, 0);
    double y = 21;
    const double h = 10;
    canvas.labelCell(QRectF(0, y, kLabel, h), u"受給者番号"_s);
    canvas.digitCells(QRectF(kLabel, y, 56, h), n.recipientNumber);
    canvas.labelCell(QRectF(kLabel + 56, y, 30, h), u"公費負担者番号"_s, 8.5);
    canvas.digitCells(QRectF(kLabel + 86, y, kWidth - kLabel - 86, h), n.publicPayerNumber);
    y += h;
    canvas.labelCell(QRectF(0, y, kLabel, 7), u"フリガナ"_s, 8.5);
    canvas.valueCell(QRectF(kLabel, y, kWidth - kLabel, 7), fullKana(), 9.5);
    y += 7;
    canvas.labelCell(QRectF(0, y, kLabel, h + 2), u"受診者氏名"_s);
    canvas.valueCell(QRectF(kLabel, y, 70, h + 2), fullName(), 13);
    canvas.labelCell(QRectF(kLabel + 70, y, 20, h + 2), u"性別"_s);
    canvas.valueCell(QRectF(kLabel + 90, y, kWidth - kLabel - 90, h + 2),
                     n.sex == 1   ? u"男"_s
                     : n.sex == 2 ? u"女"_s
                                  : QString(),
                     12, false, Qt::AlignCenter);
    y += h + 2;
    canvas.labelCell(QRectF(0, y, kLabel, h), u"生年月日"_s);
    canvas.valueCell(QRectF(kLabel, y, kWidth - kLabel, h), date(n.birthDate));
    y += h;
    canvas.labelCell(QRectF(0, y, kLabel, 16), u"住所"_s);
    canvas.valueCell(QRectF(kLabel, y, kWidth - kLabel, 16),
                     (n.postalCode.isEmpty() ? QString() : u"〒"_s + n.postalCode + u"　"_s) +
                         n.address,
                     11, false, Qt::AlignLeft | Qt::AlignTop);
    y += 16;
    canvas.labelCell(QRectF(0, y, kLabel, h), u"電話番号"_s);
    canvas.valueCell(QRectF(kLabel, y, kWidth - kLabel, h), n.phone);
    y += h;
    // The box stays empty: the applicant writes the number (it is never printed).
    canvas.labelCell(QRectF(0, y, kLabel, h + 4), u"個人番号"_s);
    canvas.box(QRectF(kLabel, y, kWidth - kLabel, h + 4));
    const double cell = 8.5;
    for (int i = 1; i < 12; ++i)
        canvas.line(kLabel + 4 + cell * i, y + 2, kLabel + 4 + cell * i, y + h + 2, 0.15);
    canvas.box(QRectF(kLabel + 4, y + 2, cell * 12, h));
    canvas.text(QRectF(kLabel + 8 + cell * 12, y, kWidth - kLabel - 8 - cell * 12, h + 4),
                u"申請者が記入"_s, 8.5, Qt::AlignCenter, false, 0);
    y += h + 4;
    canvas.labelCell(QRectF(0, y, kLabel, h), u"保護者（続柄）"_s, 9);
    canvas.valueCell(QRectF(kLabel, y, kWidth - kLabel, h),
                     n.guardianName.isEmpty()
                         ? QString()
                         : n.guardianName + (n.guardianRelationship.isEmpty()
                                                 ? QString()
                                                 : u"（"_s + n.guardianRelationship + u"）"_s));
    y += h;
    canvas.labelCell(QRectF(0, y, kLabel, h), u"保険者番号"_s);
    canvas.digitCells(QRectF(kLabel, y, 64, h), n.insurerNumber);
    canvas.labelCell(QRectF(kLabel + 64, y, 24, h), u"記号・番号"_s, 8.5);
    canvas.valueCell(QRectF(kLabel + 88, y, kWidth - kLabel - 88, h),
                     n.insuranceSymbol.isEmpty() && n.insuranceNumber.isEmpty()
                         ? QString()
                         : n.insuranceSymbol + u"・"_s + n.insuranceNumber);
    y += h;
    canvas.labelCell(QRectF(0, y, kLabel, h), u"疾病名"_s);
    canvas.valueCell(QRectF(kLabel, y, kWidth - kLabel, h), n.diseaseName);
    y += h;
    canvas.labelCell(QRectF(0, y, kLabel, h), u"現在の有効期間"_s, 9);
    canvas.valueCell(QRectF(kLabel, y, kWidth - kLabel, h),
                     date(n.validFrom) + u"から"_s + date(n.validTo) + u"まで"_s);
    y += h;
    canvas.labelCell(QRectF(0, y, kLabel, 20), u"変更の有無"_s);
    canvas.valueCell(QRectF(kLabel, y, kWidth - kLabel, 20),
                     u"□ 変更なし　□ 住所　□ 保険　□ 氏名　□ その他（　　　　　）"_s, 10.5);
    y += 20;
    canvas.box(QRectF(0, 21, kWidth, y - 21), 0.5);
    y += 6;
    canvas.text(QRectF(0, y, kWidth, 14),
                u"上記のとおり、支給認定の更新を申請します。\n大阪府知事　様"_s, 11,
                Qt::AlignLeft | Qt::AlignTop, false, 2);
    y += 16;
    canvas.text(QRectF(0, y, kWidth, 8), u"令和　　年　　月　　日"_s, 11,
                Qt::AlignLeft | Qt::AlignVCenter, false, 2);
    canvas.text(QRectF(70, y + 10, 110, 8),
                u"申請者氏名　＿＿＿＿＿＿＿＿＿＿＿＿＿（続柄　　　）"_s, 11,
                Qt::AlignRight | Qt::AlignVCenter, false, 0);
    canvas.text(QRectF(0, std::max(y + 24, canvas.height() - 10), kWidth, 8),
                u"提出先：%1　　提出期限：%2　　（整理番号 %3）"_s.arg(
                    n.healthCentreName, date(n.deadline), QString::number(n.seq)),
                9.5, Qt::AlignLeft | Qt::AlignVCenter, false, 0);
}

} // namespace kohi::app
