#pragma once

#include <QDate>
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kohi::db {
class MyNumberRepository;
}

namespace kohi::app {

class MyNumberLineEdit;

// A clerk registers one My Number for a recipient: the person's role (本人/保護者/世帯員; name
// and 続柄 for the latter two) and the number. The number is validated as typed (messages never
// repeat it), sent by MyNumberRepository::registerNumber as a bind parameter that the server
// hashes and seals (to the key this terminal pinned), and wiped from the field after every
// attempt; a refusal shows the server's message and keeps the other fields.
// The window is excluded from screen capture.
class MyNumberEntryDialog : public QDialog
{
    Q_OBJECT
public:
    // applicationDate: 申請日, the date municipality rules apply as of (null: today).
    MyNumberEntryDialog(db::MyNumberRepository& repository, qint64 recipientId,
                        QDate applicationDate = {}, QWidget* parent = nullptr);
    ~MyNumberEntryDialog() override;

    QString message() const;

Q_SIGNALS:
    // A number was stored (status pending); refresh the status list.
    void registered(qint64 myNumberId);

protected:
    void reject() override;

private:
    void updateRoleFields();
    void validateTyped(bool final);
    void submit();
    void setMessage(const QString& text, bool error);

    db::MyNumberRepository& m_repository;
    qint64 m_recipientId;
    QDate m_applicationDate;
    QComboBox* m_role = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_relationship = nullptr;
    QLineEdit* m_kana = nullptr;
    QLineEdit* m_birth = nullptr;
    MyNumberLineEdit* m_number = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_register = nullptr;
};

} // namespace kohi::app
