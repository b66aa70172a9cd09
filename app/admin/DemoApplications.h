#pragma once

#include <QString>

namespace kohi::admin {

class AdminContext;

struct DemoLogin
{
    QString login;
    QString password;
};

// Demo environments only: applications typed by the demo clerk through the API and submitted,
// so that the demo approver has a queue to decide; one of them returned by the approver with a
// reason, so that the clerk has a correction waiting. Nothing is added once the queue holds them.
int seedDemoApplications(AdminContext& ctx, const DemoLogin& clerk, const DemoLogin& approver);

} // namespace kohi::admin
