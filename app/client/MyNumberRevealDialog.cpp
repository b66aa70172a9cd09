#include "app/client/MyNumberRevealDialog.h"

#include "app/client/CaptureProtection.h"
#include "app/client/InputMethodPolicy.h"
#include "core/crypto/Wipe.h"
#include "db/MyNumberRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kohi::app {

RevealTicker::RevealTicker(QObject* parent) : QObject(parent) {}

void RevealTicker::start()
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setInterval(1000);
        connect(m_timer, &QTimer::timeout, this, &RevealTicker::tick);
    }
    m_timer->start();
    m_active = true;
}

void RevealTicker::stop()
{
    if (m_timer)
        m_timer->stop();
    m_active = false;
}

MyNumberRevealDialog::MyNumberRevealDialog(const db::MyNumberRepository& repository,
                                           qint64 myNumberId, const QString& personDescription,
                                           QWidget* parent, std::chrono::seconds showFor,
                                           RevealTicker* ticker)
    : QDialog(parent), m_repository(repository), m_myNumberId(myNumberId), m_showFor(showFor),
      m_ticker(ticker ? ticker : new RevealTicker(this))
{
    m_ticker->setParent(this);
    setObjectName(u"myNumberReveal"_s);
    setWindowTitle(tr("個人番号の表示"));

    auto* who = new QLabel(personDescription, this);
    who->setObjectName(u"revealPerson"_s);

    m_requestPage = new QWidget(this);
    m_reason = new QComboBox(m_requestPage);
    m_reason->setObjectName(u"revealReason"_s);
    m_reasonText = new QLineEdit(m_requestPage);
    m_reasonText->setObjectName(u"revealReasonText"_s);
    m_reasonText->setMaxLength(200);
    useJapaneseInput(m_reasonText);
    m_passphrase = new QLineEdit(m_requestPage);
    m_passphrase->setObjectName(u"revealPassphrase"_s);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setContextMenuPolicy(Qt::NoContextMenu);
    useDirectInput(m_passphrase, Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                                     Qt::ImhNoAutoUppercase | Qt::ImhHiddenText);
    auto* form = new QFormLayout(m_requestPage);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("表示理由"), m_reason);
    form->addRow(tr("理由（詳細）"), m_reasonText);
    form->addRow(tr("復号用パスフレーズ"), m_passphrase);

    m_number = new QLabel(this);
    m_number->setObjectName(u"revealNumber"_s);
    m_number->setTextFormat(Qt::PlainText);
    m_number->setTextInteractionFlags(Qt::NoTextInteraction);
    m_number->setContextMenuPolicy(Qt::NoContextMenu);
    m_number->setAlignment(Qt::AlignCenter);
    QFont big = m_number->font();
    big.setPointSizeF(big.pointSizeF() * 2.5);
    big.setBold(true);
    m_number->setFont(big);
    m_number->hide();

    m_countdown = new QLabel(this);
    m_countdown->setObjectName(u"revealCountdown"_s);
    m_countdown->setAlignment(Qt::AlignCenter);
    m_countdown->hide();

    m_message = new QLabel(this);
    m_message->setObjectName(u"revealMessage"_s);
    m_message->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    m_revealButton = buttons->addButton(tr("表示"), QDialogButtonBox::AcceptRole);
    m_revealButton->setObjectName(u"revealButton"_s);
    m_revealButton->setAutoDefault(false);
    auto* close = buttons->addButton(tr("閉じる"), QDialogButtonBox::RejectRole);
    close->setObjectName(u"revealClose"_s);
    close->setAutoDefault(false);
    connect(m_revealButton, &QPushButton::clicked, this, &MyNumberRevealDialog::reveal);
    connect(close, &QPushButton::clicked, this, &MyNumberRevealDialog::reject);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &MyNumberRevealDialog::reveal);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addWidget(m_requestPage);
    layout->addWidget(m_number);
    layout->addWidget(m_countdown);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_ticker, &RevealTicker::ticked, this, &MyNumberRevealDialog::onTick);
    loadReasons();
    excludeFromCapture(this);
}

MyNumberRevealDialog::~MyNumberRevealDialog()
{
    wipeNumber();
}

QString MyNumberRevealDialog::message() const
{
    return m_message->text();
}

void MyNumberRevealDialog::setMessage(const QString& text)
{
    m_message->setText(text);
}

void MyNumberRevealDialog::loadReasons()
{
    QString error;
    const auto reasons = m_repository.revealReasons(&error);
    for (const db::RevealReason& r : reasons) {
        m_reason->addItem(r.label, r.code);
        m_reason->setItemData(m_reason->count() - 1, r.textRequired, Qt::UserRole + 1);
    }
    if (reasons.isEmpty()) {
        setMessage(error.isEmpty() ? tr("表示理由を取得できません。") : error);
        m_revealButton->setEnabled(false);
    }
}

void MyNumberRevealDialog::reveal()
{
    if (isShowingNumber() || !m_revealButton->isEnabled())
        return;
    const QString code = m_reason->currentData().toString();
    const QString reasonText = m_reasonText->text().trimmed();
    if (code.isEmpty()) {
        setMessage(tr("表示理由を選択してください。"));
        return;
    }
    if (m_reason->currentData(Qt::UserRole + 1).toBool() && reasonText.isEmpty()) {
        setMessage(tr("表示理由の詳細を入力してください。"));
        m_reasonText->setFocus();
        return;
    }
    if (m_passphrase->text().isEmpty()) {
        setMessage(tr("復号用パスフレーズを入力してください。"));
        m_passphrase->setFocus();
        return;
    }

    // The passphrase leaves the field before the call; the field's buffer is zeroed after it.
    QString passphrase = m_passphrase->text();
    m_passphrase->setText(QString());
    crypto::SecureBytes number;
    QString error;
    const bool ok =
        m_repository.reveal(m_myNumberId, code, reasonText, passphrase, &number, &error);
    crypto::wipe(passphrase);
    if (!ok) {
        number.clear();
        setMessage(error);
        m_passphrase->setFocus();
        return;
    }

    // 1234 5678 9012, built once for the label; m_shown is the label's only other reference.
    QString digits = number.toDisplayString();
    number.clear();
    m_shown.reserve(digits.size() + 2);
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            m_shown.append(u' ');
        m_shown.append(digits.at(i));
    }
    crypto::wipe(digits);

    m_requestPage->hide();
    m_revealButton->hide();
    setMessage({});
    m_number->setText(m_shown);
    m_number->show();
    m_secondsLeft = int(m_showFor.count());
    m_countdown->show();
    updateCountdown();
    m_ticker->start();
}

void MyNumberRevealDialog::onTick()
{
    if (!isShowingNumber())
        return;
    m_secondsLeft = std::max(0, m_secondsLeft - 1);
    updateCountdown();
    if (m_secondsLeft == 0)
        accept(); // done() wipes
}

void MyNumberRevealDialog::updateCountdown()
{
    m_countdown->setText(tr("あと %1 秒で消去します。").arg(m_secondsLeft));
}

void MyNumberRevealDialog::wipeNumber()
{
    m_ticker->stop();
    if (m_shown.isEmpty())
        return;
    m_number->setText(QString()); // the label lets go of the buffer...
    m_number->hide();
    crypto::wipe(m_shown); // ...so this zeroes it in place
    m_countdown->hide();
}

void MyNumberRevealDialog::done(int result)
{
    wipeNumber();
    m_passphrase->setText(QString());
    QDialog::done(result);
}

void MyNumberRevealDialog::hideEvent(QHideEvent* event)
{
    // Minimised, locked or closed: the number does not wait on a hidden window.
    wipeNumber();
    QDialog::hideEvent(event);
}

} // namespace kohi::app
