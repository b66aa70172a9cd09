#include "app/client/MyNumberEntryDialog.h"

#include "app/client/CaptureProtection.h"
#include "app/client/InputMethodPolicy.h"
#include "app/client/MyNumberLineEdit.h"
#include "core/crypto/Wipe.h"
#include "core/validation/MyNumber.h"
#include "db/MyNumberRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kohi::app {

namespace {
// Digits typed so far (ASCII or full-width), to hold the length message until the number could
// be complete.
int digitCount(QStringView text)
{
    int n = 0;
    for (const QChar c : text)
        n += c.isDigit() ? 1 : 0;
    return n;
}

bool onlyDigitsAndSeparators(QStringView text)
{
    for (const QChar c : text)
        if (!c.isDigit() && c != u' ' && c != u'\u3000' && c != u'-' && c != u'\uff0d' &&
            c != u'\u2010')
            return false;
    return true;
}
} // namespace

MyNumberEntryDialog::MyNumberEntryDialog(db::MyNumberRepository& repository, qint64 recipientId,
                                         QDate applicationDate, QWidget* parent)
    : QDialog(parent), m_repository(repository), m_recipientId(recipientId),
      m_applicationDate(applicationDate)
{
    setObjectName(u"myNumberEntry"_s);
    setWindowTitle(tr("個人番号の登録"));

    m_role = new QComboBox(this);
    m_role->setObjectName(u"myNumberRole"_s);
    m_role->addItem(tr("本人（受診者）"), int(db::PersonRole::Patient));
    m_role->addItem(tr("保護者"), int(db::PersonRole::Guardian));
    m_role->addItem(tr("世帯員"), int(db::PersonRole::Household));

    m_name = new QLineEdit(this);
    m_name->setObjectName(u"myNumberPersonName"_s);
    m_name->setMaxLength(60);
    useJapaneseInput(m_name);
    m_relationship = new QLineEdit(this);
    m_relationship->setObjectName(u"myNumberRelationship"_s);
    m_relationship->setMaxLength(20);
    useJapaneseInput(m_relationship);
    // Who the guardian or household member is: the same person may be registered for several
    // recipients (siblings, spouses) only with these, and keeps one number (migration 0033).
    m_kana = new QLineEdit(this);
    m_kana->setObjectName(u"myNumberPersonKana"_s);
    m_kana->setMaxLength(60);
    m_kana->setPlaceholderText(tr("カタカナ（他の受給者にも登録する人は必須）"));
    useJapaneseInput(m_kana);
    m_birth = new QLineEdit(this);
    m_birth->setObjectName(u"myNumberPersonBirth"_s);
    m_birth->setMaxLength(10);
    m_birth->setPlaceholderText(tr("例: 1985-04-01"));

    m_number = new MyNumberLineEdit(this);
    m_number->setObjectName(u"myNumberInput"_s);
    m_number->setPlaceholderText(tr("12桁"));

    m_message = new QLabel(this);
    m_message->setObjectName(u"myNumberMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::NoTextInteraction);

    auto* form = new QFormLayout;
    form->addRow(tr("区分"), m_role);
    form->addRow(tr("氏名"), m_name);
    form->addRow(tr("続柄"), m_relationship);
    form->addRow(tr("氏名カナ"), m_kana);
    form->addRow(tr("生年月日"), m_birth);
    form->addRow(tr("個人番号"), m_number);

    auto* buttons = new QDialogButtonBox(this);
    m_register = buttons->addButton(tr("登録"), QDialogButtonBox::AcceptRole);
    m_register->setObjectName(u"myNumberRegister"_s);
    m_register->setAutoDefault(false);
    auto* cancel = buttons->addButton(tr("閉じる"), QDialogButtonBox::RejectRole);
    cancel->setAutoDefault(false);
    connect(m_register, &QPushButton::clicked, this, &MyNumberEntryDialog::submit);
    connect(cancel, &QPushButton::clicked, this, &MyNumberEntryDialog::reject);
    connect(m_number, &QLineEdit::returnPressed, this, &MyNumberEntryDialog::submit);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_role, &QComboBox::currentIndexChanged, this, &MyNumberEntryDialog::updateRoleFields);
    connect(m_number, &QLineEdit::textEdited, this, [this] { validateTyped(false); });
    connect(m_number, &QLineEdit::editingFinished, this, [this] { validateTyped(true); });
    updateRoleFields();
    excludeFromCapture(this);
}

MyNumberEntryDialog::~MyNumberEntryDialog() = default; // the field wipes itself

QString MyNumberEntryDialog::message() const
{
    return m_message->text();
}

void MyNumberEntryDialog::reject()
{
    m_number->wipe();
    QDialog::reject();
}

void MyNumberEntryDialog::updateRoleFields()
{
    const bool patient = m_role->currentData().toInt() == int(db::PersonRole::Patient);
    m_name->setEnabled(!patient);
    m_relationship->setEnabled(!patient);
    m_kana->setEnabled(!patient);
    m_birth->setEnabled(!patient);
}

void MyNumberEntryDialog::setMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #b00020;"_s : QString());
}

void MyNumberEntryDialog::validateTyped(bool final)
{
    const QString typed = m_number->text(); // shares the field's buffer; no new copy
    if (typed.isEmpty()) {
        setMessage({}, false);
        return;
    }
    ValidationResult result = validateMyNumber(typed);
    crypto::wipe(result.normalized);
    if (result.isOk() || (!final && digitCount(typed) < 12 && onlyDigitsAndSeparators(typed)))
        setMessage({}, false); // fine so far: say nothing until it could be complete
    else
        setMessage(result.message, true);
}

void MyNumberEntryDialog::submit()
{
    const auto role = db::PersonRole(m_role->currentData().toInt());
    const bool patient = role == db::PersonRole::Patient;
    const QString name = m_name->text().trimmed();
    const QString relationship = m_relationship->text().trimmed();
    if (!patient && name.isEmpty()) {
        setMessage(tr("氏名を入力してください。"), true);
        m_name->setFocus();
        return;
    }
    if (!patient && relationship.isEmpty()) {
        setMessage(tr("続柄を入力してください。"), true);
        m_relationship->setFocus();
        return;
    }
    const QString kana = m_kana->text().trimmed();
    const QString birthText = m_birth->text().trimmed();
    const QDate birth = QDate::fromString(birthText, Qt::ISODate);
    if (!patient && !birthText.isEmpty() && !birth.isValid()) {
        setMessage(tr("生年月日は 1985-04-01 のように年-月-日で入力してください。"), true);
        m_birth->setFocus();
        return;
    }
    if (!patient && kana.isEmpty() != birthText.isEmpty()) {
        setMessage(tr("氏名カナと生年月日は両方入力してください（片方だけでは同じ人と確かめられませ"
                      "ん）。"),
                   true);
        (kana.isEmpty() ? m_kana : m_birth)->setFocus();
        return;
    }
    {
        ValidationResult check = validateMyNumber(m_number->text());
        crypto::wipe(check.normalized);
        if (!check.isOk()) {
            setMessage(check.message, true);
            m_number->setFocus();
            return;
        }
    }

    db::MyNumberEntry entry;
    entry.recipientId = m_recipientId;
    entry.role = role;
    entry.personName = patient ? QString() : name;
    entry.relationship = patient ? QString() : relationship;
    entry.applicationDate = m_applicationDate;
    entry.personKana = patient ? QString() : kana;
    entry.personBirthDate = patient ? QDate() : birth;

    // Taken out of the field (which is emptied and zeroed) before anything else happens.
    crypto::SecureBytes typed = m_number->takeSecret();
    const db::MyNumberRegistration result = m_repository.registerNumber(entry, typed);
    typed.clear();

    setMessage(result.message, !result.registered());
    m_number->setFocus();
    if (result.registered())
        Q_EMIT registered(result.id);
}

} // namespace kohi::app
