#include "app/client/LockScreen.h"

#include "db/Session.h"

#include <QCloseEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kohi::app {

LockScreen::LockScreen(db::ConnectionSettings settings, QString userId, const QString& displayName,
                       QWidget* parent)
    : QWidget(parent, Qt::Dialog | Qt::CustomizeWindowHint | Qt::WindowTitleHint),
      m_settings(std::move(settings)), m_userId(std::move(userId))
{
    setObjectName(u"lockScreen"_s);
    setWindowTitle(tr("Kohi — 画面ロック"));
    // Above every other window of the application, including a modal dialog left open beneath.
    setWindowModality(Qt::ApplicationModal);

    auto* title = new QLabel(tr("画面をロックしました"), this);
    title->setObjectName(u"lockTitle"_s);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* hint = new QLabel(tr("作業を続けるには、パスワードを入力してロックを解除してください。"
                               "別の人が使う場合は「ログアウト」を押してください。"),
                            this);
    hint->setWordWrap(true);

    auto* user = new QLabel(
        displayName.isEmpty() ? m_userId : u"%1（%2）"_s.arg(m_userId, displayName), this);
    user->setObjectName(u"lockUser"_s);

    m_password = new QLineEdit(this);
    m_password->setObjectName(u"lockPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(128);
    // Passwords are ASCII: keep the IME off so kana are never typed by accident.
    m_password->setAttribute(Qt::WA_InputMethodEnabled, false);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::attemptUnlock);

    auto* form = new QFormLayout;
    // The user is fixed while locked: shown, not asked for.
    form->addRow(tr("ログイン中"), user);
    form->addRow(tr("パスワード(&P)"), m_password);

    m_message = new QLabel(this);
    m_message->setObjectName(u"lockMessage"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b00020;"_s);
    m_message->setMinimumHeight(m_message->fontMetrics().height() * 3);

    m_unlockButton = new QPushButton(tr("ロック解除"), this);
    m_unlockButton->setObjectName(u"unlockButton"_s);
    m_unlockButton->setDefault(true);
    connect(m_unlockButton, &QPushButton::clicked, this, &LockScreen::attemptUnlock);
    auto* logoutButton = new QPushButton(tr("ログアウト"), this);
    logoutButton->setObjectName(u"lockLogoutButton"_s);
    logoutButton->setAutoDefault(false);
    connect(logoutButton, &QPushButton::clicked, this, &LockScreen::logoutRequested);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_unlockButton);
    buttons->addWidget(logoutButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    setMinimumWidth(440);
    m_password->setFocus();
}

LockScreen::~LockScreen() = default;

QString LockScreen::message() const
{
    return m_message->text();
}

void LockScreen::showMessage(const QString& text)
{
    m_message->setText(text);
}

void LockScreen::closeEvent(QCloseEvent* event)
{
    event->ignore();
}

void LockScreen::attemptUnlock()
{
    if (m_password->text().isEmpty()) {
        showMessage(tr("パスワードを入力してください。"));
        m_password->setFocus();
        return;
    }
    if (const QString problem = m_settings.problem(); !problem.isEmpty()) {
        showMessage(problem);
        return;
    }
    showMessage(tr("確認しています…"));
    m_message->repaint(); // no processEvents(): the idle timer must not run in the middle
    m_unlockButton->setEnabled(false);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);

    db::Session::LoginResult result;
    {
        // A fresh connection as the same user proves the password where it is checked and
        // counted (failed attempts, lockout); it is closed again at once.
        db::Session proof(m_settings);
        result = proof.open(m_userId, m_password->text());
        proof.close();
    }

    QGuiApplication::restoreOverrideCursor();
    m_unlockButton->setEnabled(true);
    m_password->clear(); // never keep a typed password around, right or wrong
    if (!result.ok()) {
        QString text = result.message;
        if (result.failure == db::LoginFailure::WrongCredentials && m_attemptsLeft) {
            if (const std::optional<int> left = m_attemptsLeft(); left && *left > 0)
                text += u"\n"_s + tr("あと %1 回失敗するとアカウントがロックされます。").arg(*left);
            else if (left)
                text += u"\n"_s +
                        tr("アカウントはロックされました。ユーザー管理者に連絡してください。");
        }
        showMessage(text);
        m_password->setFocus();
        return;
    }
    showMessage({});
    Q_EMIT unlockSucceeded();
}

} // namespace kohi::app
