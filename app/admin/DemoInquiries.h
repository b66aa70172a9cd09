#pragma once

#include "app/admin/AdminContext.h"

namespace kohi::admin {
// kohi-admin demo inquiries CSV: one synthetic recipient and one open inquiry per row of a UTF-8
// CSV with the header 照会番号,file,法別番号,氏名,氏名カナ,生年月日,性別,住所,市町村コード,
// keeping the given 照会番号. Synthetic environments only (the server refuses production).
int runDemoInquiries(const QString& path, AdminContext& ctx);
} // namespace kohi::admin
