#include "app/client/LoginDialog.h"

#include "db/SchemaVersion.h"
#include "db/SessionInfo.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kohi::app {

namespace {
void disableInputMethod(QLineEdit* edit)
{
    // User ids and passwords are ASCII: keep the IME off so kana are never typed by accident.
    edit->setAttribute(Qt::WA_InputMethodEnabled, false);
}
} // namespace

LoginDialog::LoginDialog(db::ConnectionSettings settings, QWidget* parent)
    : QDialog(parent), m_settings(std::move(settings))
{
    setWindowTitle(tr("Kohi 公費負担医療システム — ログイン"));
    setObjectName(u"loginDialog"_s);

    auto* title = new QLabel(tr("公費負担医療システム"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* subtitle = new QLabel(tr("ご自身のユーザーIDとパスワードでログインしてください。"
                                   "IDとパスワードを他の人と共有しないでください。"),
                                this);
    subtitle->setWordWrap(true);

    m_userId = new QLineEdit(this);
    m_userId->setObjectName(u"userId"_s);
    m_userId->setMaxLength(31);
    disableInputMethod(m_userId);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(128);
    disableInputMethod(m_password);

    auto* form = new QFormLayout;
    form->addRow(tr("ユーザーID(&U)"), m_userId);
    form->addRow(tr("パスワード(&P)"), m_password);

    m_message = new QLabel(this);
    m_message->setObjectName(u"loginMessage"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b00020;"_s);
    m_message->setMinimumHeight(m_message->fontMetrics().height() * 3);

    auto* buttons = new QDialogButtonBox(this);
    m_loginButton = buttons->addButton(tr("ログイン"), QDialogButtonBox::AcceptRole);
    m_loginButton->setObjectName(u"loginButton"_s);
    m_loginButton->setDefault(true);
    buttons->addButton(tr("終了"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::attemptLogin);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* server = new QLabel(tr("接続先: %1:%2 / %3（TLS・証明書検証あり）")
                                  .arg(m_settings.host, m_settings.portText(), m_settings.database),
                              this);
    server->setStyleSheet(u"color: #555;"_s);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    layout->addWidget(server);
    setMinimumWidth(460);
    m_userId->setFocus();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setUserId(const QString& userId)
{
    m_userId->setText(userId);
    m_password->setFocus();
}

void LoginDialog::setNotice(const QString& text)
{
    m_message->setStyleSheet(u"color: #1a237e;"_s);
    m_message->setText(text);
}

QString LoginDialog::message() const
{
    return m_message->text();
}

void LoginDialog::showMessage(const QString& text)
{
    m_message->setStyleSheet(u"color: #b00020;"_s);
    m_message->setText(text);
}

void LoginDialog::attemptLogin()
{
    const QString userId = m_userId->text().trimmed();
    if (userId.isEmpty()) {
        showMessage(tr("ユーザーIDを入力してください。"));
        m_userId->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showMessage(tr("パスワードを入力してください。"));
        m_password->setFocus();
        return;
    }
    if (const QString problem = m_settings.problem(); !problem.isEmpty()) {
        showMessage(problem);
        return;
    }
    showMessage(tr("接続しています…"));
    m_loginButton->setEnabled(false);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);

    auto session = std::make_unique<db::Session>(m_settings);
    const db::Session::LoginResult result = session->open(userId, m_password->text());

    QGuiApplication::restoreOverrideCursor();
    m_loginButton->setEnabled(true);
    m_password->clear(); // never keep a typed password around, right or wrong
    if (!result.ok()) {
        showMessage(result.message);
        m_password->setFocus();
        return;
    }
    // The version guard: refuse, before anything is recorded or shown, a database schema this
    // client was not built for (older or newer).
    if (const db::SchemaVersionCheck version = db::checkSchemaVersion(*session); !version.ok) {
        showMessage(version.message);
        return;
    }
    if (const QString error = db::beginClientSession(*session); !error.isEmpty()) {
        showMessage(tr("ログインを記録できないため中止しました: %1").arg(error));
        return;
    }
    showMessage({});
    m_session = std::move(session);
    accept();
}

std::unique_ptr<db::Session> LoginDialog::takeSession()
{
    return std::move(m_session);
}

} // namespace kohi::app
