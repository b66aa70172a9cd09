#pragma once

#include <QDialog>

class QLabel;

namespace kohi::app {

// Shows a generated initial password exactly once. The text is selectable so the administrator
// can read or copy it deliberately; Kohi never puts it on the clipboard, in a log or in a file.
// The dialog forgets it when it closes.
class InitialPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    // password is moved in and wiped from the caller's copy.
    InitialPasswordDialog(const QString& login, QString& password, QWidget* parent = nullptr);
    ~InitialPasswordDialog() override;

    void done(int result) override;

private:
    void forget();

    QLabel* m_password = nullptr;
};

} // namespace kohi::app
