<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="ja_JP">
<context>
    <name>DisposalCertificateRenderer</name>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="51"/>
        <source>証明する廃棄の記録がありません。</source>
        <translation>There is no disposal record to certify.</translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="56"/>
        <source>印刷先を開けませんでした（書き込み先やプリンターを確認してください）。</source>
        <translation>The output could not be opened (check the destination or the printer).</translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="69"/>
        <source>印刷を完了できませんでした。</source>
        <translation>Printing could not be completed.</translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="76"/>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="83"/>
        <source>個人番号等廃棄証明書</source>
        <translation>Certificate of My Number and document disposal</translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="85"/>
        <source>発行日 %1&#x3000;発行者 %2&#x3000;（%3 / %4 ページ）</source>
        <translation>Issued %1  by %2  (page %3 of %4)</translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="91"/>
        <source>下記の受給者について、保存期間の経過後、個人番号（暗号化された番号と照合用のハッシュ）を消去し、書類を廃棄したことを証明します。消去した個人番号は復元できません。本証明書に個人番号は記載していません。</source>
        <translation>This certifies that, after the retention period, the My Numbers (the encrypted numbers and their matching hashes) of the recipients below were erased and their documents destroyed. Erased numbers cannot be recovered. This certificate contains no My Number.</translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="107"/>
        <source>%1「%2」（%3）</source>
        <translation>%1 &quot;%2&quot; (%3)</translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="109"/>
        <source>うち証拠書類の登録簿から %1 件: %2</source>
        <translation>of which %1 from the evidence register: %2</translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="132"/>
        <source>廃棄記録番号</source>
        <translation>Disposal record no.</translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="132"/>
        <source>制度</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="134"/>
        <source>受給者番号</source>
        <translation>Recipient number</translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="135"/>
        <source>受給者氏名</source>
        <translation>Recipient name</translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="136"/>
        <source>認定の終了</source>
        <translation>End of certification</translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="137"/>
        <source>保存期限</source>
        <translation>Retention until</translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="139"/>
        <source>消去した個人番号</source>
        <translation>My Numbers erased</translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="141"/>
        <source>なし（登録されていませんでした）</source>
        <translation>None (none were registered)</translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="142"/>
        <source>%1 件（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="143"/>
        <source>廃棄した書類</source>
        <translation>Documents destroyed</translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="101"/>
        <source>なし</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="102"/>
        <source>%1 枚（%2）</source>
        <translation>%1 sheets (%2)</translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="145"/>
        <source>方法</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="146"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="147"/>
        <source>提案者</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="147"/>
        <source>承認者</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="149"/>
        <source>提案日時</source>
        <translation>Proposed at</translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="149"/>
        <source>消去日時</source>
        <translation>Erased at</translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="158"/>
        <source>大阪府 健康医療部（公費負担医療 担当）</source>
        <translation>Osaka Prefecture, Health and Medical Care Department (public-expense medical care)</translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="163"/>
        <source>提案者 印</source>
        <translation>Proposer (seal)</translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="163"/>
        <source>承認者 印</source>
        <translation>Approver (seal)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/client/main.cpp" line="42"/>
        <location filename="../app/client/main.cpp" line="65"/>
        <source>Kohi</source>
        <translation>Kohi</translation>
    </message>
    <message>
        <location filename="../app/client/main.cpp" line="43"/>
        <source>設定ファイル（kohi.ini）が見つかりません。情報システム担当に連絡してください。</source>
        <translation>The settings file (kohi.ini) cannot be found. Please contact the IT department.</translation>
    </message>
    <message>
        <location filename="../app/client/main.cpp" line="66"/>
        <source>利用者情報を取得できません。このユーザーは Kohi の職員として登録されていない可能性があります。</source>
        <translation>Your user information cannot be retrieved. This user may not be registered as Kohi staff.</translation>
    </message>
    <message>
        <location filename="../app/client/main.cpp" line="105"/>
        <source>一定時間操作がなかったため、ログアウトしました。入力途中の内容は再ログイン後に復元できます。</source>
        <translation>You have been logged out after a period of inactivity. Unsaved input will be restored when you log in again.</translation>
    </message>
</context>
<context>
    <name>kohi::CsvWriter</name>
    <message>
        <location filename="../core/export/CsvWriter.cpp" line="39"/>
        <source>この環境では Shift_JIS（CP932）で出力できません。UTF-8（BOM付き）を選んでください。</source>
        <translation>Shift_JIS (CP932) output is not available here. Choose UTF-8 (with BOM).</translation>
    </message>
    <message>
        <location filename="../core/export/CsvWriter.cpp" line="55"/>
        <source>%1行目に Shift_JIS（CP932）で表せない文字があります。UTF-8（BOM付き）で出力してください。</source>
        <translation>Line %1 has a character Shift_JIS (CP932) cannot represent. Export as UTF-8 (with BOM).</translation>
    </message>
</context>
<context>
    <name>kohi::app::AcknowledgeAlertDialog</name>
    <message>
        <location filename="../app/client/AcknowledgeAlertDialog.cpp" line="21"/>
        <source>警告を確認済みにする</source>
        <translation>Acknowledge alert</translation>
    </message>
    <message>
        <location filename="../app/client/AcknowledgeAlertDialog.cpp" line="24"/>
        <source>日付</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/client/AcknowledgeAlertDialog.cpp" line="25"/>
        <source>ルール</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../app/client/AcknowledgeAlertDialog.cpp" line="26"/>
        <source>職員</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location filename="../app/client/AcknowledgeAlertDialog.cpp" line="29"/>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../app/client/AcknowledgeAlertDialog.cpp" line="33"/>
        <source>例: 本人に確認。窓口での照会対応のため。問題なし。</source>
        <translation>e.g. Confirmed with the staff member: answering enquiries at the counter. No issue.</translation>
    </message>
    <message>
        <location filename="../app/client/AcknowledgeAlertDialog.cpp" line="35"/>
        <source>確認した内容</source>
        <translation>What was checked</translation>
    </message>
    <message>
        <location filename="../app/client/AcknowledgeAlertDialog.cpp" line="44"/>
        <source>確認済みにする</source>
        <translation>Acknowledge</translation>
    </message>
</context>
<context>
    <name>kohi::app::AddressOffer</name>
    <message>
        <location filename="../app/client/AddressOffer.cpp" line="70"/>
        <source>住所の候補を読み込めませんでした。住所を入力してください。</source>
        <translation>Could not load address candidates. Please type the address.</translation>
    </message>
    <message>
        <location filename="../app/client/AddressOffer.cpp" line="72"/>
        <source>郵便番号表にない番号です。住所を入力してください。</source>
        <translation>This postcode is not in the postcode table. Please type the address.</translation>
    </message>
    <message>
        <location filename="../app/client/AddressOffer.cpp" line="74"/>
        <source>住所の候補: %1（住所欄で Enter で入力）</source>
        <translation>Address candidate: %1 (press Enter in the address field to use it)</translation>
    </message>
    <message>
        <location filename="../app/client/AddressOffer.cpp" line="77"/>
        <source>住所の候補が %1 件あります（住所欄で選んでください）。</source>
        <translation>%1 address candidates (choose one in the address field).</translation>
    </message>
</context>
<context>
    <name>kohi::app::ApplicationComparisonModel</name>
    <message>
        <location filename="../app/client/ApplicationComparisonModel.cpp" line="122"/>
        <source>新規</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationComparisonModel.cpp" line="122"/>
        <location filename="../app/client/ApplicationComparisonModel.cpp" line="144"/>
        <source>変更</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationComparisonModel.cpp" line="138"/>
        <source>項目</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationComparisonModel.cpp" line="140"/>
        <source>現在の登録内容</source>
        <translation>Current record</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationComparisonModel.cpp" line="142"/>
        <source>承認後（申請内容）</source>
        <translation>After approval (application)</translation>
    </message>
</context>
<context>
    <name>kohi::app::ApplicationEntryWidget</name>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="77"/>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="724"/>
        <source>申請入力</source>
        <translation>Application entry</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="90"/>
        <source>選択肢（疾病名・所得区分など）を読み込めませんでした: %1</source>
        <translation>The choices (diseases, income categories, etc.) could not be loaded: %1</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="167"/>
        <source>申請</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="168"/>
        <source>制度(&amp;P)</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="171"/>
        <source>申請区分</source>
        <translation>Application type</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="173"/>
        <source>登録者証のみを申請（医療費の助成なし）(&amp;O)</source>
        <translation>Apply for the registration card &amp;only (no medical-expense benefit)</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="176"/>
        <source>指定難病・小児慢性特定疾病の患者が、医療費の助成を受けずに登録者証の交付だけを申請する場合（2024年4月から）。所得区分・上限額・有効期間は入力しません。</source>
        <translation>For a patient of a designated intractable disease or a chronic childhood disease who applies only for the registration card, without the medical-expense benefit (since April 2024). No income tier, cap or validity period is entered.</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="188"/>
        <source>受付日(&amp;R)</source>
        <translation>&amp;Received on</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="189"/>
        <source>受付保健所</source>
        <translation>Receiving health centre</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="191"/>
        <source>申請者（本人）</source>
        <translation>Applicant (patient)</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="192"/>
        <source>氏名（姓）(&amp;N)</source>
        <translation>Family &amp;name</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="193"/>
        <source>氏名（名）</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="194"/>
        <source>カナ（姓）</source>
        <translation>Family name (kana)</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="196"/>
        <source>カナ（名）</source>
        <translation>Given name (kana)</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="201"/>
        <source>生年月日(&amp;B)</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="207"/>
        <source>&#x3000;18歳未満のため保護者の入力が必要です。</source>
        <translation>  Under 18: a guardian must be entered.</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="210"/>
        <source>性別</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="211"/>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="587"/>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="588"/>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="597"/>
        <source>（選択）</source>
        <translation>(Select)</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="212"/>
        <source>1 男</source>
        <translation>1 Male</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="213"/>
        <source>2 女</source>
        <translation>2 Female</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="215"/>
        <source>郵便番号</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="225"/>
        <source>住所</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="226"/>
        <source>市町村コード</source>
        <translation>Municipality code</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="231"/>
        <source>大阪府の市町村マスタにないコードです。住所の市町村のコードか確認してください。</source>
        <translation>Not a municipality code of Osaka Prefecture&apos;s master. Check that it is the code of the address&apos;s municipality.</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="248"/>
        <source>電話番号</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="250"/>
        <source>保護者（18歳未満の場合）</source>
        <translation>Guardian (if under 18)</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="251"/>
        <source>保護者氏名</source>
        <translation>Guardian name</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="252"/>
        <source>保護者カナ</source>
        <translation>Guardian name (kana)</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="254"/>
        <source>続柄</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="256"/>
        <source>医療保険</source>
        <translation>Health insurance</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="257"/>
        <source>保険者番号(&amp;I)</source>
        <translation>&amp;Insurer number</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="262"/>
        <source>保険者マスタに登録のない番号です（保険証の番号を確認してください）。</source>
        <translation>This number is not in the insurer master (check the number on the insurance card).</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="265"/>
        <source>記号</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="267"/>
        <source>番号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="269"/>
        <source>指定医療機関・指定医</source>
        <translation>Designated institution and doctor</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="270"/>
        <source>指定医療機関(&amp;M)</source>
        <translation>Designated institution (&amp;M)</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="272"/>
        <source>コードまたは名称の一部</source>
        <translation>Code or part of the name</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="273"/>
        <source>指定医(&amp;T)</source>
        <translation>Designated doctor (&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="275"/>
        <source>指定医番号または氏名の一部</source>
        <translation>Doctor number or part of the name</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="277"/>
        <source>認定内容</source>
        <translation>Certification</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="278"/>
        <source>疾病名(&amp;D)</source>
        <translation>&amp;Disease</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="279"/>
        <source>所得区分</source>
        <translation>Income category</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="280"/>
        <source>上限額の特例</source>
        <translation>Special cap</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="289"/>
        <source>世帯の人数</source>
        <translation>Household size</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="291"/>
        <source>世帯内の受給者数</source>
        <translation>Recipients in household</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="298"/>
        <source>自己負担上限月額</source>
        <translation>Monthly co-payment cap</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="301"/>
        <source>有効期間（開始）</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="305"/>
        <source>&#x3000;受付日の1か月より前に遡るため、理由が必要です。</source>
        <translation>  Backdated by more than one month before the received date: a reason is required.</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="308"/>
        <source>有効期間（終了）</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="315"/>
        <source>終了日が開始日より前です。</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="324"/>
        <source>遡りの理由</source>
        <translation>Reason for backdating</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="327"/>
        <source>添付書類</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="339"/>
        <source>診断年月日</source>
        <translation>Date of diagnosis</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="343"/>
        <source>&#x3000;未来の日付です。</source>
        <translation> This date is in the future.</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="347"/>
        <source>臨床調査個人票（医療意見書）の診断年月日。開始日を受付日より前に遡る場合に必要です。</source>
        <translation>Date of diagnosis on the clinical survey form (medical opinion). Needed when the start date goes back before the date of receipt.</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="348"/>
        <source>支給認定基準世帯(&amp;H)…</source>
        <translation>Certification &amp;household…</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="359"/>
        <source>算定と違う階層区分にする場合だけ、その理由（承認者に表示されます）</source>
        <translation>Only when choosing a tier other than the computed one: the reason (shown to the approver)</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="361"/>
        <source>区分を変える理由</source>
        <translation>Reason for changing the tier</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="363"/>
        <source>医療費総額（管理票）…</source>
        <translation>Total medical costs (management sheet)…</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="366"/>
        <source>高額かつ長期・軽症高額の判定に使う月ごとの医療費総額。申請を一度保存すると入力できます。</source>
        <translation>Monthly total medical costs used to decide high-cost long-term and mild high-cost cases. Available once the application has been saved.</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="398"/>
        <source>Enter で該当する項目に移動します。</source>
        <translation>Press Enter to go to the field concerned.</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="403"/>
        <source>新しい申請(&amp;W)</source>
        <translation>Ne&amp;w application</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="405"/>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="407"/>
        <source>下書きとして保存します（Ctrl+S）。</source>
        <translation>Save as a draft (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="408"/>
        <source>提出(&amp;U)</source>
        <translation>S&amp;ubmit</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="410"/>
        <source>承認者に提出します。提出後は変更できません。</source>
        <translation>Submit to an approver. The application cannot be changed after submission.</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="411"/>
        <source>取下げ(&amp;T)…</source>
        <translation>Withdraw (&amp;T)…</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="413"/>
        <source>申請者から取下げ書を受け付けたときに記録します。</source>
        <translation>Record this when the applicant&apos;s withdrawal form has been received.</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="589"/>
        <source>（選択：一般）</source>
        <translation>(Select: general)</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="725"/>
        <source>入力中の申請は保存されていません。入力内容を破棄しますか？</source>
        <translation>The application being entered has not been saved. Discard what has been entered?</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="728"/>
        <source>破棄すると、保存していない入力は元に戻せません。</source>
        <translation>Unsaved input that is discarded cannot be recovered.</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="729"/>
        <source>破棄する(&amp;D)</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="731"/>
        <source>入力を続ける(&amp;K)</source>
        <translation>&amp;Keep editing</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="792"/>
        <source>なし（登録者証のみの申請）</source>
        <translation>None (registration card only)</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="799"/>
        <source>%1（世帯から算定・按分後）</source>
        <translation>%1 (computed from the household, after apportionment)</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="800"/>
        <source>保存すると世帯から算定します</source>
        <translation>Computed from the household when saved</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="806"/>
        <source>所得区分を選ぶと表示します</source>
        <translation>Shown once an income category is selected</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="863"/>
        <source>未登録（所得区分は手入力）</source>
        <translation>Not registered (income tier entered by hand)</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="902"/>
        <source>申請を入力する職務（難病認定G・母子G 担当）がありません。</source>
        <translation>You do not have a duty that enters applications (Intractable Disease Group or Maternal and Child Health Group clerk).</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="949"/>
        <source>世帯 %1</source>
        <translation>Household %1</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="996"/>
        <source>受給者を読み込めません。</source>
        <translation>The recipient cannot be loaded.</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1000"/>
        <source>更新・変更の申請は、認定済みの受給者についてのみ入力できます。</source>
        <translation>Renewals and changes can only be entered for certified recipients.</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1004"/>
        <source>%1 は、費用の基準が整備されるまで更新・変更の申請を受け付けていません。受給者の記録は閲覧できます。</source>
        <translation>%1 takes no renewal or change applications until its cost rules are in place. The recipient&apos;s records can still be viewed.</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1051"/>
        <source>%1（受給者番号 %2）</source>
        <translation>%1 (recipient number %2)</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1058"/>
        <source>更新申請を入力します。氏名・住所・保険の変更は変更申請で入力してください。</source>
        <translation>Entering a renewal. Changes of name, address or insurance are entered as a change application. </translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1060"/>
        <source>変更申請を入力します。変わった項目を直してください。</source>
        <translation>Entering a change. Correct the items that have changed. </translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1061"/>
        <source>前回の認定内容を写しました。</source>
        <translation>The last certification has been copied.</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1062"/>
        <source>Kohi に承認済みの申請がない受給者のため、登録内容だけを写しました。疾病・所得区分・有効期間は書類から入力してください。</source>
        <translation>This recipient has no approved application in Kohi, so only the register entry has been copied. Enter the disease, income category and validity period from the documents.</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1102"/>
        <source>申請番号 %1（%2）を開きました。</source>
        <translation>Opened application %1 (%2).</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1107"/>
        <source>申請者への補正依頼: %1</source>
        <translation>Correction requested of the applicant: %1</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1109"/>
        <source>（内部メモ: %1）</source>
        <translation> (internal note: %1)</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1111"/>
        <source>差戻しの理由: %1</source>
        <translation>Reason for return: %1</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1114"/>
        <source>不認定の理由: %1</source>
        <translation>Reasons for refusal: %1</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1116"/>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1266"/>
        <source>取下げ書の受付日: %1</source>
        <translation>Withdrawal form received: %1</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1118"/>
        <source>この状態の申請は変更できません。</source>
        <translation>An application in this state cannot be changed.</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1141"/>
        <source>保存できませんでした。次の項目を直してください（入力内容はそのまま残っています）。</source>
        <translation>Could not save. Please correct the following fields (your input has been kept).</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1155"/>
        <source>提出できませんでした。入力内容はそのまま残っています。</source>
        <translation>Could not submit. Your input has been kept.</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1156"/>
        <source>保存できませんでした。入力内容はそのまま残っています。</source>
        <translation>Could not save. Your input has been kept.</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1174"/>
        <source>下書きは保存しましたが、指定医療機関・指定医を登録できませんでした。</source>
        <translation>The draft was saved, but the designated institution and doctor could not be recorded.</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1189"/>
        <source>下書きを保存しました（申請番号 %1）。提出できます。</source>
        <translation>Draft saved (application %1). It can now be submitted.</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1190"/>
        <source>下書きを保存しました（申請番号 %1）。提出の前に次の点を直してください。</source>
        <translation>Draft saved (application %1). Please correct the following before submitting.</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1258"/>
        <source>申請番号 %1</source>
        <translation>Application %1</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1262"/>
        <source>取下げの確認</source>
        <translation>Confirm withdrawal</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1263"/>
        <source>%1 を取下げとして記録します。元に戻せません。よろしいですか。</source>
        <translation>Record %1 as withdrawn? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1267"/>
        <source>取下げを記録する(&amp;Y)</source>
        <translation>&amp;Yes, record withdrawal</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1268"/>
        <source>やめる(&amp;N)</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1275"/>
        <source>取下げを記録できませんでした: %1</source>
        <translation>The withdrawal could not be recorded: %1</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1283"/>
        <source>申請番号 %1 を取下げとして記録しました。取下げ受理通知書は受給者の画面から印刷できます。</source>
        <translation>Application %1 was recorded as withdrawn. The withdrawal acceptance notice can be printed from the recipient screen.</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1324"/>
        <source>生年月日を入力してください。</source>
        <translation>Please enter the date of birth.</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1300"/>
        <source>性別を選択してください。</source>
        <translation>Please select the sex.</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="244"/>
        <source>府の保健所の区域外</source>
        <translation>outside the prefecture&apos;s health centre areas</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1247"/>
        <source>提出しました（申請番号 %1）。別の職員が承認するまで確定しません。</source>
        <translation>Submitted (application %1). It is not final until another staff member approves it.</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1302"/>
        <source>疾病名を選択してください。</source>
        <translation>Please select the disease.</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1305"/>
        <source>所得区分を選択してください。</source>
        <translation>Please select the income category.</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1311"/>
        <source>%1を入力してください。</source>
        <translation>Please enter: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1377"/>
        <source>提出できませんでした。次の%n点を直してください（入力内容はそのまま残っています）。</source>
        <translation>
            <numerusform>Could not submit. Please correct the following %n problem (your input has been kept).</numerusform>
            <numerusform>Could not submit. Please correct the following %n problems (your input has been kept).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1422"/>
        <source>世帯 %1 を指定しました。申請を保存すると、世帯から階層区分と上限月額を算定します。</source>
        <translation>Household %1 selected. Saving the application computes the tier and monthly cap from the household.</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1444"/>
        <source>高額かつ長期: 認定後の月で医療費総額%1円超 %2か月（必要 %3か月）</source>
        <translation>High-cost long-term: %2 months after certification with total costs over %1 yen (%3 needed)</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1449"/>
        <source>軽症高額: 医療費総額%1円超 %2か月（必要 %3か月）</source>
        <translation>Mild high-cost: %2 months with total costs over %1 yen (%3 needed)</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1461"/>
        <source>%1（世帯 %2）: 算定 %3。%4</source>
        <translation>%1 (household %2): computed %3. %4</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1464"/>
        <source>算定できません</source>
        <translation>Cannot be computed</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1468"/>
        <source>&#x3000;世帯内の受給者 %1 人で按分: %2 × %3 ÷ %4 = %5</source>
        <translation> Apportioned among %1 recipients of the household: %2 × %3 ÷ %4 = %5</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1476"/>
        <source>&#x3000;区分を%1に変更（理由: %2）</source>
        <translation> Tier changed to %1 (reason: %2)</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1487"/>
        <source>医療費総額は、申請を一度保存してから入力してください。</source>
        <translation>Save the application once before entering total medical costs.</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1580"/>
        <source>前回ログアウトしたときの入力内容を復元しました。保存はまだされていません。</source>
        <translation>Your input from when you last logged out has been restored. It has not been saved yet.</translation>
    </message>
</context>
<context>
    <name>kohi::app::ApplicationFieldChecks</name>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="9"/>
        <source>カナ氏名を入力してください。</source>
        <extracomment>app/client/ApplicationFieldChecks.cpp</extracomment>
        <translation>Please enter the name in kana.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="11"/>
        <source>日付を入力してください。</source>
        <extracomment>app/client/ApplicationFieldChecks.cpp</extracomment>
        <translation>Please enter a date.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="13"/>
        <source>郵便番号は7桁の数字で入力してください（例: 596-0001）。</source>
        <extracomment>app/client/ApplicationFieldChecks.cpp</extracomment>
        <translation>Please enter the postcode as 7 digits (e.g. 596-0001).</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="15"/>
        <source>市町村コード（地方公共団体コード、6桁）を入力してください。</source>
        <extracomment>app/client/ApplicationFieldChecks.cpp</extracomment>
        <translation>Please enter the municipality code (local government code, 6 digits).</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="17"/>
        <source>電話番号は数字とハイフンで入力してください。</source>
        <extracomment>app/client/ApplicationFieldChecks.cpp</extracomment>
        <translation>Please enter the telephone number using digits and hyphens only.</translation>
    </message>
</context>
<context>
    <name>kohi::app::ApplicationQueueModel</name>
    <message>
        <location filename="../app/client/ApplicationQueueModel.cpp" line="103"/>
        <source>自分の入力（承認不可）</source>
        <translation>Entered by you (cannot approve)</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationQueueModel.cpp" line="115"/>
        <source>申請番号</source>
        <translation>Application no.</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationQueueModel.cpp" line="117"/>
        <source>制度</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationQueueModel.cpp" line="119"/>
        <source>区分</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationQueueModel.cpp" line="121"/>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationQueueModel.cpp" line="123"/>
        <source>カナ</source>
        <translation>Kana</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationQueueModel.cpp" line="125"/>
        <source>受付日</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationQueueModel.cpp" line="127"/>
        <source>提出日時</source>
        <translation>Submitted at</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationQueueModel.cpp" line="129"/>
        <source>入力者</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationQueueModel.cpp" line="131"/>
        <source>備考</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>kohi::app::ApprovalQueueWidget</name>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="74"/>
        <source>承認</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="80"/>
        <source>すべての制度</source>
        <translation>All programmes</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="85"/>
        <source>すべての区分</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="88"/>
        <source>再読込(&amp;F)</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="91"/>
        <source>制度</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="93"/>
        <source>区分</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="136"/>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="301"/>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="312"/>
        <source>承認(&amp;A)</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="138"/>
        <source>差戻し(&amp;R)…</source>
        <translation>&amp;Return…</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="141"/>
        <source>担当者に戻します（理由は内部のもので、申請者には送られません）</source>
        <translation>Returns it to the clerk (the reason is internal and is not sent to the applicant)</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="142"/>
        <source>補正依頼(&amp;E)…</source>
        <translation>Request &amp;correction…</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="144"/>
        <source>申請者に補正を求めます（補正依頼書を印刷します）</source>
        <translation>Asks the applicant for a correction (prints the correction request)</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="145"/>
        <source>不認定(&amp;D)…</source>
        <translation>&amp;Decline…</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="147"/>
        <source>登録者証(&amp;G)…</source>
        <translation>Re&amp;gistration card…</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="150"/>
        <source>重症度分類等のみを満たさない場合: 医療費は不認定とし、登録者証を交付します</source>
        <translation>When only the severity criteria are not met: the benefit is not certified and a registration card is issued</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="213"/>
        <source>承認待ちの申請はありません。</source>
        <translation>No applications are awaiting approval.</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="214"/>
        <source>承認待ち %L1 件</source>
        <translation>%L1 awaiting approval</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="268"/>
        <source>申請番号 %1（%2）</source>
        <translation>Application %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="270"/>
        <source>申請番号 %1&#x3000;%2&#x3000;%3
%4（%5）&#x3000;入力: %6</source>
        <translation>Application %1  %2  %3
%4 (%5)  Entered by: %6</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="277"/>
        <source>この申請はあなたが入力または変更したものです。承認・不認定・差戻しなどの決定は別の承認者が行います。</source>
        <translation>You entered or changed this application. Another approver makes the decision (approval, refusal, return and so on).</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="301"/>
        <source>登録者証を交付(&amp;A)</source>
        <translation>Issue registration c&amp;ard</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="433"/>
        <source>%1できませんでした: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="449"/>
        <source>差戻し</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="466"/>
        <source>申請者に求める補正: %1</source>
        <translation>Correction asked of the applicant: %1</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="468"/>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="532"/>
        <source>内部メモ（印刷されません）: %1</source>
        <translation>Internal note (not printed): %1</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="469"/>
        <source>補正依頼の確認</source>
        <translation>Confirm correction request</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="470"/>
        <source>申請者に補正を依頼します（補正依頼書を印刷します）。よろしいですか。</source>
        <translation>Ask the applicant for a correction (a correction request will be printed)?</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="471"/>
        <source>補正を依頼する(&amp;Y)</source>
        <translation>&amp;Yes, request correction</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="476"/>
        <source>補正依頼</source>
        <translation>Correction request</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="480"/>
        <source>申請番号 %1 について申請者に補正を依頼しました。補正依頼書は受給者の画面から印刷できます。</source>
        <translation>Asked the applicant to correct application %1. The correction request can be printed from the recipient screen.</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="491"/>
        <source>登録者証の交付の確認</source>
        <translation>Confirm the registration card</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="492"/>
        <source>登録者証のみの申請です。登録者証を交付します（医療費の助成はありません）。よろしいですか。</source>
        <translation>This is an application for the registration card only. Issue the registration card (no medical-expense benefit)?</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="502"/>
        <source>申請番号 %1 に登録者証（%2から有効）を交付しました。登録者証交付通知書と登録者証は受給者の画面から印刷できます。</source>
        <translation>Issued the registration card (valid from %2) for application %1. The notice and the card can be printed from the recipient screen.</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="529"/>
        <source>審査会の開催日: %1</source>
        <translation>Review board date: %1</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="530"/>
        <source>不認定の理由（通知書に印刷）: %1</source>
        <translation>Reasons for refusal (printed on the notice): %1</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="536"/>
        <source>登録者証の確認</source>
        <translation>Confirm registration card</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="537"/>
        <source>医療費の助成は不認定とし、登録者証を交付します。よろしいですか。</source>
        <translation>Refuse the medical benefit and issue a registration card?</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="494"/>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="538"/>
        <source>登録者証を交付する(&amp;Y)</source>
        <translation>&amp;Yes, issue the card</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="539"/>
        <source>不認定の確認</source>
        <translation>Confirm refusal</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="539"/>
        <source>この申請を不認定とします。よろしいですか。</source>
        <translation>Decide this application as not certified?</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="540"/>
        <source>不認定とする(&amp;Y)</source>
        <translation>&amp;Yes, refuse</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="499"/>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="548"/>
        <source>登録者証の交付</source>
        <translation>Issuing the registration card</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="551"/>
        <source>申請番号 %1 を不認定とし、登録者証（%2から有効）を交付しました。</source>
        <translation>Application %1 was not certified and a registration card (valid from %2) was issued.</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="559"/>
        <source>不認定</source>
        <translation>Not certified</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="562"/>
        <source>申請番号 %1 を不認定としました。</source>
        <translation>Application %1 was not certified.</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="313"/>
        <source>左の一覧から申請を選んでください。</source>
        <translation>Select an application from the list on the left.</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="341"/>
        <source>ほか %1 項目</source>
        <translation>%1 more fields</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="344"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="355"/>
        <source>承認の確認</source>
        <translation>Confirm approval</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="356"/>
        <source>次の内容で承認します。よろしいですか。</source>
        <translation>The following will be approved. Continue?</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="359"/>
        <source>承認する(&amp;Y)</source>
        <translation>&amp;Yes, approve</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="360"/>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="416"/>
        <source>やめる(&amp;N)</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="391"/>
        <source>承認できませんでした: %1</source>
        <translation>Could not approve: %1</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="396"/>
        <source>申請番号 %1 を承認しました。受給者番号: %2</source>
        <translation>Application %1 approved. Recipient number: %2</translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="452"/>
        <source>申請番号 %1 を差し戻しました。</source>
        <translation>Application %1 returned.</translation>
    </message>
</context>
<context>
    <name>kohi::app::AuditLogModel</name>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="19"/>
        <source>申請</source>
        <extracomment>app/client/AuditLogModel.cpp</extracomment>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="21"/>
        <location filename="lupdate/HelperStrings.cpp" line="23"/>
        <source>ユーザー管理</source>
        <extracomment>app/client/AuditLogModel.cpp</extracomment>
        <translation>User administration</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="25"/>
        <source>成功</source>
        <extracomment>app/client/AuditLogModel.cpp</extracomment>
        <translation>Success</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="27"/>
        <source>拒否</source>
        <extracomment>app/client/AuditLogModel.cpp</extracomment>
        <translation>Denied</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="29"/>
        <source>失敗</source>
        <extracomment>app/client/AuditLogModel.cpp</extracomment>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="29"/>
        <source>ログイン</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="30"/>
        <source>ログイン失敗</source>
        <translation>Failed login</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="31"/>
        <source>アカウントロック</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="32"/>
        <source>業務開始</source>
        <translation>Session start</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="33"/>
        <source>利用者情報の取得</source>
        <translation>User information retrieved</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="35"/>
        <source>ロック解除の残り回数の確認</source>
        <translation>Unlock attempts left checked</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="36"/>
        <source>画面ロック</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="37"/>
        <source>ロック解除</source>
        <translation>Screen unlocked</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="38"/>
        <source>無操作ログアウト</source>
        <translation>Logout after inactivity</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="39"/>
        <source>ログアウト</source>
        <translation>Logout</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="40"/>
        <source>パスワード変更</source>
        <translation>Password change</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="41"/>
        <source>受給者検索</source>
        <translation>Recipient search</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="42"/>
        <location filename="../app/client/AuditLogModel.cpp" line="43"/>
        <source>受給者閲覧</source>
        <translation>Recipient viewed</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="44"/>
        <source>個人番号表示</source>
        <translation>My Number shown</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="46"/>
        <source>個人番号表示の照合</source>
        <translation>My Number reveal checked</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="47"/>
        <source>個人番号登録</source>
        <translation>My Number registered</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="48"/>
        <source>個人番号照合</source>
        <translation>My Number verified</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="49"/>
        <source>ログ検索</source>
        <translation>Log search</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="50"/>
        <source>自分の操作履歴</source>
        <translation>My activity</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="51"/>
        <source>ログ出力</source>
        <translation>Log export</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="52"/>
        <source>ログ検証</source>
        <translation>Log verification</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="53"/>
        <source>設定の参照</source>
        <translation>Settings viewed</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="54"/>
        <source>設定変更</source>
        <translation>Settings changed</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="68"/>
        <source>証拠書類の保管</source>
        <translation>Evidence custody</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="164"/>
        <source>日時</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="166"/>
        <source>ユーザー</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="168"/>
        <source>端末</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="170"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="172"/>
        <source>対象</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="174"/>
        <source>制度</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="176"/>
        <source>結果</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>kohi::app::AuditLogWidget</name>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="89"/>
        <location filename="../app/client/AuditLogWidget.cpp" line="104"/>
        <source>（すべて）</source>
        <translation>(All)</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="98"/>
        <source>例: recipient:123</source>
        <translation>e.g. recipient:123</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="101"/>
        <source>法別番号（例: 54）</source>
        <translation>Programme number (e.g. 54)</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="110"/>
        <source>〜</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="115"/>
        <source>期間</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="117"/>
        <location filename="../app/client/AuditLogWidget.cpp" line="269"/>
        <location filename="../app/client/AuditLogWidget.cpp" line="316"/>
        <source>ユーザー</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="118"/>
        <location filename="../app/client/AuditLogWidget.cpp" line="271"/>
        <location filename="../app/client/AuditLogWidget.cpp" line="316"/>
        <source>端末</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="123"/>
        <location filename="../app/client/AuditLogWidget.cpp" line="272"/>
        <location filename="../app/client/AuditLogWidget.cpp" line="316"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="125"/>
        <source>対象（受給者など）</source>
        <translation>Subject (recipient, etc.)</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="126"/>
        <location filename="../app/client/AuditLogWidget.cpp" line="274"/>
        <location filename="../app/client/AuditLogWidget.cpp" line="317"/>
        <source>制度</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="127"/>
        <location filename="../app/client/AuditLogWidget.cpp" line="275"/>
        <location filename="../app/client/AuditLogWidget.cpp" line="317"/>
        <source>結果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="134"/>
        <source>検索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="139"/>
        <source>UTF-8（BOM付き）</source>
        <translation>UTF-8 (with BOM)</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="140"/>
        <source>Shift_JIS（CP932・Excel向け）</source>
        <translation>Shift_JIS (CP932, for Excel)</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="141"/>
        <source>CSV出力...</source>
        <translation>Export CSV...</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="234"/>
        <source>期間の終わりは始まりより後にしてください。</source>
        <translation>The end of the period must be after its start.</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="237"/>
        <source>検索しています...</source>
        <translation>Searching...</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="250"/>
        <source>%1 件</source>
        <translation>%1 records</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="251"/>
        <source>%1 件以上（スクロールで続きを読み込みます）</source>
        <translation>%1 or more records (scroll to load more)</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="267"/>
        <location filename="../app/client/AuditLogWidget.cpp" line="316"/>
        <source>連番</source>
        <translation>Seq. no.</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="268"/>
        <location filename="../app/client/AuditLogWidget.cpp" line="316"/>
        <source>日時</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="270"/>
        <location filename="../app/client/AuditLogWidget.cpp" line="316"/>
        <source>接続元</source>
        <translation>Source address</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="273"/>
        <location filename="../app/client/AuditLogWidget.cpp" line="317"/>
        <source>対象</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="276"/>
        <source>詳細：</source>
        <translation>Details:</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="284"/>
        <source>自分の操作履歴はCSVに出力できません。</source>
        <translation>Your own activity history cannot be exported to CSV.</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="291"/>
        <source>この環境では選んだ文字コードで出力できません。UTF-8（BOM付き）を選んでください。</source>
        <translation>The selected encoding is not available on this system. Please choose UTF-8 (with BOM).</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="296"/>
        <source>ファイルを作成できません（%1）。保存先を確認してください。</source>
        <translation>The file cannot be created (%1). Please check the destination.</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="303"/>
        <source>Shift_JIS（CP932）で表せない文字が含まれています。UTF-8（BOM付き）で出力してください。</source>
        <translation>The log contains characters that Shift_JIS (CP932) cannot represent. Please export as UTF-8 (with BOM).</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="308"/>
        <source>ファイルに書き込めません（%1）。</source>
        <translation>Cannot write to the file (%1).</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="317"/>
        <source>操作コード</source>
        <translation>Action code</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="317"/>
        <source>詳細</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="357"/>
        <source>ファイルを保存できません（%1）。</source>
        <translation>The file cannot be saved (%1).</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="368"/>
        <source>アクセスログのCSV出力</source>
        <translation>Export access log as CSV</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="370"/>
        <source>CSVファイル (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="374"/>
        <source>%1 件をCSVに出力しました。</source>
        <translation>Exported %1 records to CSV.</translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="376"/>
        <source>CSV出力</source>
        <translation>CSV export</translation>
    </message>
</context>
<context>
    <name>kohi::app::BenefitLabels</name>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="31"/>
        <source>54 特定医療費（指定難病）</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>54 Specified medical expenses (designated intractable disease)</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="33"/>
        <source>52 小児慢性特定疾病</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>52 Pediatric chronic specified disease</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="35"/>
        <source>17 療育医療</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>17 Rehabilitation medical care for children (療育医療)</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="37"/>
        <source>新規</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>New</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="39"/>
        <source>更新</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Renewal</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="41"/>
        <source>変更</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="43"/>
        <source>登録者証のみ</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Registration card only</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="45"/>
        <source>下書き</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="47"/>
        <source>承認待ち</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="49"/>
        <source>承認済み</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="51"/>
        <source>差戻し</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="53"/>
        <source>不認定</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Not certified</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="55"/>
        <source>不認定（登録者証交付）</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Not certified (registration card issued)</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="57"/>
        <source>取下げ</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="59"/>
        <source>申請中</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Application pending</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="61"/>
        <source>有効</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="63"/>
        <source>終了</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="65"/>
        <source>男</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="67"/>
        <source>女</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="69"/>
        <source>%1 円</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>¥%1</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="71"/>
        <source>臨床調査個人票（診断書）</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Clinical survey form (medical certificate)</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="73"/>
        <source>住民票</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Certificate of residence</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="75"/>
        <source>保険証等の写し</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Copy of health insurance card, etc.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="77"/>
        <source>所得（課税状況）を確認する書類</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Proof of income (tax status)</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="79"/>
        <source>同意書</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Consent form</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="81"/>
        <source>その他</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="83"/>
        <source>受給者番号</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Recipient number</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="85"/>
        <source>状態</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="87"/>
        <source>公費負担者番号</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Public payer number</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="89"/>
        <source>氏名（姓）</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="91"/>
        <source>氏名（名）</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="93"/>
        <source>カナ（姓）</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Family name (kana)</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="95"/>
        <source>カナ（名）</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Given name (kana)</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="97"/>
        <source>生年月日</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="99"/>
        <source>性別</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="101"/>
        <source>郵便番号</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="103"/>
        <source>住所</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="105"/>
        <source>市町村コード</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Municipality code</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="107"/>
        <source>電話番号</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="109"/>
        <source>保護者氏名</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Guardian name</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="111"/>
        <source>保護者カナ</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Guardian name (kana)</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="113"/>
        <source>保護者の続柄</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Guardian&apos;s relationship</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="115"/>
        <source>保険者番号</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Insurer number</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="117"/>
        <source>被保険者証の記号</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Insurance card symbol</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="119"/>
        <source>被保険者証の番号</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Insurance card number</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="121"/>
        <source>受付日</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="123"/>
        <source>受付保健所</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Receiving health centre</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="125"/>
        <source>疾病名</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Disease</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="127"/>
        <source>所得区分</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Income category</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="129"/>
        <source>階層区分（世帯から算定）</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Tier (computed from the household)</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="131"/>
        <source>階層区分を算定と変えた理由</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Reason the tier differs from the computed one</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="133"/>
        <source>上限額の特例</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Special cap</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="135"/>
        <source>世帯の人数</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Household size</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="137"/>
        <source>世帯内の受給者数</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Recipients in household</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="139"/>
        <source>自己負担上限月額</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Monthly co-payment cap</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="141"/>
        <source>有効期間（開始）</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="143"/>
        <source>有効期間（終了）</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="145"/>
        <source>遡りの理由</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Reason for backdating</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="147"/>
        <source>診断年月日</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Date of diagnosis</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="149"/>
        <source>添付書類</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="151"/>
        <location filename="lupdate/HelperStrings.cpp" line="153"/>
        <source>（なし）</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation>(None)</translation>
    </message>
</context>
<context>
    <name>kohi::app::CertificateLoader</name>
    <message>
        <location filename="../app/client/CertificateLoader.cpp" line="68"/>
        <source>受給者が見つかりません（担当外の制度の受給者は表示できません）。</source>
        <translation>Recipient not found (recipients of programmes you do not handle cannot be shown).</translation>
    </message>
    <message>
        <location filename="../app/client/CertificateLoader.cpp" line="76"/>
        <source>指定された申請はこの受給者のものではありません。</source>
        <translation>The application given does not belong to this recipient.</translation>
    </message>
    <message>
        <location filename="../app/client/CertificateLoader.cpp" line="77"/>
        <source>この受給者には申請がありません。</source>
        <translation>This recipient has no application.</translation>
    </message>
</context>
<context>
    <name>kohi::app::CertificatePreviewDialog</name>
    <message>
        <location filename="../app/client/CertificatePreviewDialog.cpp" line="26"/>
        <source>印刷プレビュー — %1</source>
        <translation>Print preview — %1</translation>
    </message>
    <message>
        <location filename="../app/client/CertificatePreviewDialog.cpp" line="29"/>
        <source>差戻し通知書</source>
        <translation>Notice of return</translation>
    </message>
    <message>
        <location filename="../app/client/CertificatePreviewDialog.cpp" line="31"/>
        <location filename="../app/client/CertificatePreviewDialog.cpp" line="59"/>
        <location filename="../app/client/CertificatePreviewDialog.cpp" line="64"/>
        <source>PDFに保存</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../app/client/CertificatePreviewDialog.cpp" line="33"/>
        <source>表示中の書類をPDFファイルに保存します（個人番号は印字されません）。</source>
        <translation>Saves the documents shown to a PDF file (My Numbers are never printed).</translation>
    </message>
    <message>
        <location filename="../app/client/CertificatePreviewDialog.cpp" line="47"/>
        <location filename="../app/client/CertificatePreviewDialog.cpp" line="78"/>
        <location filename="../app/client/CertificatePreviewDialog.cpp" line="83"/>
        <source>印刷</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../app/client/CertificatePreviewDialog.cpp" line="54"/>
        <source>受給者証_%1.pdf</source>
        <translation>certificate_%1.pdf</translation>
    </message>
    <message>
        <location filename="../app/client/CertificatePreviewDialog.cpp" line="84"/>
        <source>この申請の状態では印刷できる書類がありません。</source>
        <translation>There is nothing to print for an application in this state.</translation>
    </message>
    <message>
        <location filename="../app/client/CertificatePreviewDialog.cpp" line="115"/>
        <source>PDFファイルを作成できません: %1</source>
        <translation>Cannot create the PDF file: %1</translation>
    </message>
    <message>
        <location filename="../app/client/CertificatePreviewDialog.cpp" line="132"/>
        <source>PDFファイルを保存できません: %1</source>
        <translation>Cannot save the PDF file: %1</translation>
    </message>
</context>
<context>
    <name>kohi::app::ChangePasswordDialog</name>
    <message>
        <location filename="../app/client/ChangePasswordDialog.cpp" line="45"/>
        <source>Kohi — パスワードの変更</source>
        <translation>Kohi — Change password</translation>
    </message>
    <message>
        <location filename="../app/client/ChangePasswordDialog.cpp" line="50"/>
        <source>初めてログインしました。利用を始める前に、初期パスワードをご自身だけが知るパスワードに変更してください。</source>
        <translation>This is your first login. Before you start, please change the initial password to one that only you know.</translation>
    </message>
    <message>
        <location filename="../app/client/ChangePasswordDialog.cpp" line="54"/>
        <source>パスワードの有効期限が切れています。変更するまでデータは利用できません。</source>
        <translation>Your password has expired. You cannot use any data until you change it.</translation>
    </message>
    <message>
        <location filename="../app/client/ChangePasswordDialog.cpp" line="57"/>
        <source>ユーザー管理者がパスワードを再発行しました。利用を始める前に変更してください。</source>
        <translation>A user administrator has reissued your password. Please change it before you start.</translation>
    </message>
    <message>
        <location filename="../app/client/ChangePasswordDialog.cpp" line="60"/>
        <location filename="../app/client/ChangePasswordDialog.cpp" line="131"/>
        <source>新しいパスワードを入力してください。</source>
        <translation>Please enter a new password.</translation>
    </message>
    <message>
        <location filename="../app/client/ChangePasswordDialog.cpp" line="67"/>
        <source>条件: 12文字以上（管理者の設定による）、英大文字・英小文字・数字・記号のうち3種類以上、ユーザーIDを含まない、最近使ったものは不可。</source>
        <translation>Requirements: at least 12 characters (as set by the administrator), at least 3 of upper-case letters, lower-case letters, digits and symbols, must not contain your user ID, and must not be a recently used password.</translation>
    </message>
    <message>
        <location filename="../app/client/ChangePasswordDialog.cpp" line="77"/>
        <source>現在のパスワード(&amp;C)</source>
        <translation>&amp;Current password</translation>
    </message>
    <message>
        <location filename="../app/client/ChangePasswordDialog.cpp" line="78"/>
        <source>新しいパスワード(&amp;N)</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <location filename="../app/client/ChangePasswordDialog.cpp" line="79"/>
        <source>新しいパスワード（確認）(&amp;R)</source>
        <translation>&amp;Re-enter new password</translation>
    </message>
    <message>
        <location filename="../app/client/ChangePasswordDialog.cpp" line="88"/>
        <source>変更する</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../app/client/ChangePasswordDialog.cpp" line="91"/>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/client/ChangePasswordDialog.cpp" line="91"/>
        <source>ログアウト</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../app/client/ChangePasswordDialog.cpp" line="126"/>
        <source>現在のパスワードを入力してください。</source>
        <translation>Please enter your current password.</translation>
    </message>
    <message>
        <location filename="../app/client/ChangePasswordDialog.cpp" line="136"/>
        <source>新しいパスワードと確認用の入力が一致しません。</source>
        <translation>The new password and its confirmation do not match.</translation>
    </message>
</context>
<context>
    <name>kohi::app::CorrectionRequestDialog</name>
    <message>
        <location filename="../app/client/CorrectionRequestDialog.cpp" line="19"/>
        <source>補正依頼 — %1</source>
        <translation>Correction request — %1</translation>
    </message>
    <message>
        <location filename="../app/client/CorrectionRequestDialog.cpp" line="29"/>
        <source>申請者に補正を求める事項(&amp;T)&#x3000;— 補正依頼書に印刷されます（例: 健康保険証の写しを添付してください）</source>
        <translation>What the applicant must correc&amp;t — printed on the correction request (e.g. please attach a copy of the health insurance card)</translation>
    </message>
    <message>
        <location filename="../app/client/CorrectionRequestDialog.cpp" line="35"/>
        <source>担当者への内部メモ(&amp;M)&#x3000;— 職員だけが見ます。印刷されません（任意）</source>
        <translation>Internal &amp;memo to the clerk — seen by staff only, never printed (optional)</translation>
    </message>
    <message>
        <location filename="../app/client/CorrectionRequestDialog.cpp" line="39"/>
        <source>補正依頼</source>
        <translation>Correction request</translation>
    </message>
    <message>
        <location filename="../app/client/CorrectionRequestDialog.cpp" line="42"/>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>kohi::app::CreateUserDialog</name>
    <message>
        <location filename="../app/client/CreateUserDialog.cpp" line="20"/>
        <source>ユーザーの新規作成</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../app/client/CreateUserDialog.cpp" line="25"/>
        <source>英小文字で始まる英小文字・数字・下線（例: yamada_h）</source>
        <translation>Lower-case letters, digits and underscores, starting with a letter (e.g. yamada_h)</translation>
    </message>
    <message>
        <location filename="../app/client/CreateUserDialog.cpp" line="31"/>
        <source>ユーザーID(&amp;U)</source>
        <translation>&amp;User ID</translation>
    </message>
    <message>
        <location filename="../app/client/CreateUserDialog.cpp" line="32"/>
        <source>氏名(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../app/client/CreateUserDialog.cpp" line="35"/>
        <source>初期パスワードは自動で作成され、作成後に一度だけ表示されます。本人は最初のログインで変更する必要があります。</source>
        <translation>An initial password is generated automatically and shown only once after the user is created. The user must change it at first login.</translation>
    </message>
    <message>
        <location filename="../app/client/CreateUserDialog.cpp" line="46"/>
        <source>作成</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../app/client/CreateUserDialog.cpp" line="48"/>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/client/CreateUserDialog.cpp" line="79"/>
        <source>ユーザーIDを入力してください。</source>
        <translation>Please enter a user ID.</translation>
    </message>
    <message>
        <location filename="../app/client/CreateUserDialog.cpp" line="84"/>
        <source>氏名を入力してください。</source>
        <translation>Please enter the name.</translation>
    </message>
</context>
<context>
    <name>kohi::app::DailyCountChart</name>
    <message>
        <location filename="../app/client/DailyCountChart.cpp" line="143"/>
        <source>件数はまだありません。</source>
        <translation>No counts yet.</translation>
    </message>
    <message>
        <location filename="../app/client/DailyCountChart.cpp" line="147"/>
        <source>%1〜%2 の記録 %3 件（日別）</source>
        <translation>%3 records from %1 to %2 (per day)</translation>
    </message>
    <message>
        <location filename="../app/client/DailyCountChart.cpp" line="178"/>
        <source>本日 %1</source>
        <translation>Today %1</translation>
    </message>
    <message>
        <location filename="../app/client/DailyCountChart.cpp" line="182"/>
        <source>最大 %1</source>
        <translation>Max %1</translation>
    </message>
    <message>
        <location filename="../app/client/DailyCountChart.cpp" line="203"/>
        <source>%1（%2）: %3 件</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>kohi::app::DesignationField</name>
    <message>
        <location filename="../app/client/DesignationField.cpp" line="106"/>
        <source>%1 医師（%2）</source>
        <translation>Dr. %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/client/DesignationField.cpp" line="117"/>
        <source>指定医番号</source>
        <translation>Designated doctor number</translation>
    </message>
    <message>
        <location filename="../app/client/DesignationField.cpp" line="117"/>
        <source>指定医療機関コード</source>
        <translation>Designated institution code</translation>
    </message>
    <message>
        <location filename="../app/client/DesignationField.cpp" line="121"/>
        <source>%1「%2」は登録されていません。名称の一部を入力して一覧から選んでください。</source>
        <translation>%1 &quot;%2&quot; is not registered. Type part of the name and choose from the list.</translation>
    </message>
    <message>
        <location filename="../app/client/DesignationField.cpp" line="124"/>
        <source>%1はこの制度の指定を受けていません。</source>
        <translation>%1 is not designated for this programme.</translation>
    </message>
    <message>
        <location filename="../app/client/DesignationField.cpp" line="126"/>
        <source>%1の指定期間は%2で終了しています。選べません。</source>
        <translation>The designation of %1 ended on %2. It cannot be chosen.</translation>
    </message>
    <message>
        <location filename="../app/client/DesignationField.cpp" line="129"/>
        <source>%1の指定は%2からです。まだ選べません。</source>
        <translation>The designation of %1 starts on %2. It cannot be chosen yet.</translation>
    </message>
</context>
<context>
    <name>kohi::app::DutiesDialog</name>
    <message>
        <location filename="../app/client/DutiesDialog.cpp" line="19"/>
        <source>職務の変更</source>
        <translation>Change duties</translation>
    </message>
    <message>
        <location filename="../app/client/DutiesDialog.cpp" line="20"/>
        <source>%1（%2）の職務</source>
        <translation>Duties of %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/client/DutiesDialog.cpp" line="27"/>
        <source>変更</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../app/client/DutiesDialog.cpp" line="29"/>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/client/DutiesDialog.cpp" line="41"/>
        <source>承認者・個人番号閲覧者・監査担当・ユーザー管理者を新たに付与するときは提案になり、別のユーザー管理者が承認すると付与されます（新しいアカウントの初期パスワードは、承認した管理者に表示されます）。ユーザー管理者は業務の職務を兼ねられません。</source>
        <translation>Newly granting the approver, My Number viewer, auditor or user administrator duty becomes a proposal, granted when another user administrator approves it (a new account&apos;s initial password is then shown to the approving administrator). User administrators cannot hold business duties.</translation>
    </message>
</context>
<context>
    <name>kohi::app::DutySelector</name>
    <message>
        <location filename="../app/client/DutySelector.cpp" line="18"/>
        <source>職務</source>
        <translation>Duties</translation>
    </message>
</context>
<context>
    <name>kohi::app::EvidenceCabinetDialog</name>
    <message>
        <location filename="../app/client/evidence/EvidenceCabinetDialog.cpp" line="21"/>
        <source>保管庫の登録</source>
        <translation>Register cabinets</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCabinetDialog.cpp" line="25"/>
        <source>保管庫</source>
        <translation>Cabinet</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCabinetDialog.cpp" line="25"/>
        <source>設置場所</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCabinetDialog.cpp" line="25"/>
        <source>区域</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCabinetDialog.cpp" line="25"/>
        <source>個人番号の証拠書類</source>
        <translation>My Number evidence</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCabinetDialog.cpp" line="41"/>
        <source>登録(&amp;E)</source>
        <translation>R&amp;egister</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCabinetDialog.cpp" line="44"/>
        <source>使用終了(&amp;R)</source>
        <translation>&amp;Retire</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCabinetDialog.cpp" line="47"/>
        <source>閉じる</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCabinetDialog.cpp" line="54"/>
        <source>名前(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCabinetDialog.cpp" line="55"/>
        <source>設置場所(&amp;L)</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCabinetDialog.cpp" line="56"/>
        <source>区域(&amp;A)</source>
        <translation>&amp;Area</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCabinetDialog.cpp" line="100"/>
        <source>保管できる</source>
        <translation>may be kept here</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCabinetDialog.cpp" line="100"/>
        <source>保管できない</source>
        <translation>may not be kept here</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCabinetDialog.cpp" line="112"/>
        <source>保管庫「%1」を登録しました。</source>
        <translation>Cabinet &quot;%1&quot; registered.</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCabinetDialog.cpp" line="123"/>
        <source>使用を終える保管庫を一覧で選んでください。</source>
        <translation>Select the cabinet to retire in the list.</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCabinetDialog.cpp" line="132"/>
        <source>保管庫「%1」の使用を終えました。</source>
        <translation>Cabinet &quot;%1&quot; retired.</translation>
    </message>
</context>
<context>
    <name>kohi::app::EvidenceCustodyDialog</name>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="28"/>
        <source>証拠書類の保管</source>
        <translation>Evidence custody</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="35"/>
        <source>7桁</source>
        <translation>7 digits</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="36"/>
        <source>受給者の書類(&amp;S)</source>
        <translation>&amp;Show recipient&apos;s papers</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="41"/>
        <source>保管庫の書類(&amp;C)</source>
        <translation>&amp;Cabinet&apos;s papers</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="45"/>
        <source>受給者番号(&amp;N)</source>
        <translation>Recipient &amp;number</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="51"/>
        <source>保管庫(&amp;K)</source>
        <translation>Cabinet (&amp;K)</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="72"/>
        <source>持ち出し・返却の理由（必須、200文字以内）</source>
        <translation>Reason for taking out or returning (required, up to 200 characters)</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="75"/>
        <source>持ち出し(&amp;O)</source>
        <translation>Take &amp;out</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="78"/>
        <source>返却(&amp;B)</source>
        <translation>Bring &amp;back</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="82"/>
        <source>理由(&amp;R)</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="86"/>
        <source>返却先(&amp;T)</source>
        <translation>Re&amp;turn to</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="101"/>
        <source>例: 個人番号カードの写し</source>
        <translation>e.g. copy of the My Number card</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="108"/>
        <source>登録(&amp;E)</source>
        <translation>R&amp;egister</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="111"/>
        <source>受け付けた書類の登録（表示中の受給者）</source>
        <translation>Register received papers (recipient shown)</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="113"/>
        <source>種類(&amp;I)</source>
        <translation>K&amp;ind</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="114"/>
        <source>書類名(&amp;D)</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="115"/>
        <source>受領日(&amp;U)</source>
        <translation>Received on (&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="116"/>
        <source>保管庫(&amp;P)</source>
        <translation>Cabinet (&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="123"/>
        <source>閉じる</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="173"/>
        <source>元の保管庫</source>
        <translation>The cabinet it came from</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="175"/>
        <source>%1（%2・%3）</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="187"/>
        <source>受給者番号は7桁の数字で入力してください。</source>
        <translation>Enter the recipient number as 7 digits.</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="200"/>
        <source>受給者番号 %1 の受給者は見つかりません（担当の制度の受給者だけを表示できます）。</source>
        <translation>No recipient with recipient number %1 (only recipients of your programmes can be shown).</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="213"/>
        <source>保管庫を選んでください。</source>
        <translation>Please choose a cabinet.</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="237"/>
        <source>%1 件（持ち出し中 %2 件、うち返却期限超過 %3 件）</source>
        <translation>%1 documents (%2 taken out, %3 of them overdue)</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="241"/>
        <source>%1 件（持ち出し中 %2 件）</source>
        <translation>%1 documents (%2 taken out)</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="256"/>
        <source>書類を登録する受給者を、受給者番号で表示してください。</source>
        <translation>First show the recipient the papers belong to, by recipient number.</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="271"/>
        <source>書類を登録しました（%1）。</source>
        <translation>Document registered (%1).</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="279"/>
        <source>持ち出す書類を一覧で選んでください。</source>
        <translation>Select the document to take out in the list.</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="289"/>
        <source>「%1」を持ち出しました。返却を忘れないでください。</source>
        <translation>&quot;%1&quot; taken out. Remember to bring it back.</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="297"/>
        <source>返却する書類を一覧で選んでください。</source>
        <translation>Select the document to return in the list.</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="308"/>
        <source>「%1」を返却しました。</source>
        <translation>&quot;%1&quot; returned.</translation>
    </message>
</context>
<context>
    <name>kohi::app::EvidenceDocumentModel</name>
    <message>
        <location filename="../app/client/evidence/EvidenceDocumentModel.cpp" line="34"/>
        <source>個人番号の証拠書類</source>
        <translation>My Number evidence</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceDocumentModel.cpp" line="34"/>
        <source>その他の書類</source>
        <translation>Other papers</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceDocumentModel.cpp" line="40"/>
        <source>返却期限超過（%1 %2〜）</source>
        <translation>Overdue (%1, since %2)</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceDocumentModel.cpp" line="40"/>
        <source>持ち出し中（%1 %2〜）</source>
        <translation>Taken out (%1, since %2)</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceDocumentModel.cpp" line="43"/>
        <source>廃棄済み</source>
        <translation>Disposed of</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceDocumentModel.cpp" line="44"/>
        <source>保管中</source>
        <translation>Stored</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceDocumentModel.cpp" line="64"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceDocumentModel.cpp" line="82"/>
        <source>受給者</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceDocumentModel.cpp" line="84"/>
        <source>種類</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceDocumentModel.cpp" line="86"/>
        <source>書類</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceDocumentModel.cpp" line="88"/>
        <source>受領日（受領者）</source>
        <translation>Received on (by)</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceDocumentModel.cpp" line="90"/>
        <source>保管庫</source>
        <translation>Cabinet</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceDocumentModel.cpp" line="92"/>
        <source>状態</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceDocumentModel.cpp" line="94"/>
        <source>持ち出しの理由</source>
        <translation>Reason taken out</translation>
    </message>
</context>
<context>
    <name>kohi::app::HouseholdDialog</name>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="84"/>
        <source>支給認定基準世帯（%1）</source>
        <translation>Certification household (%1)</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="86"/>
        <source>世帯と医療保険</source>
        <translation>Household and health insurance</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="90"/>
        <source>例: 世帯主の氏名</source>
        <translation>e.g. name of the head of household</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="93"/>
        <source>国民健康保険・後期高齢者医療（加入している世帯員全員）</source>
        <translation>National Health Insurance / late-stage elderly (all insured household members)</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="95"/>
        <source>被用者保険（協会けんぽ・組合・共済: 被保険者本人のみ）</source>
        <translation>Employee insurance (Kyokai Kenpo, society, mutual aid: the insured person only)</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="99"/>
        <source>生活保護を受けている</source>
        <translation>Receives public assistance</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="101"/>
        <source>世帯の名前</source>
        <translation>Household name</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="102"/>
        <source>医療保険</source>
        <translation>Health insurance</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="103"/>
        <source>保険者番号</source>
        <translation>Insurer number</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="106"/>
        <source>世帯員（課税証明書・保険証から）</source>
        <translation>Household members (from tax certificates and insurance cards)</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="110"/>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="110"/>
        <source>続柄</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="110"/>
        <source>区分</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="111"/>
        <source>患者と同じ
医療保険</source>
        <translation>Same insurance
as patient</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="111"/>
        <source>被保険者
本人</source>
        <translation>Insured
person</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="112"/>
        <source>市町村民税
非課税</source>
        <translation>Exempt from
municipal tax</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="112"/>
        <source>所得割額（円）</source>
        <translation>Income-based tax (yen)</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="113"/>
        <source>年収（円）</source>
        <translation>Annual income (yen)</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="113"/>
        <source>他制度の受給者
上限月額（円）</source>
        <translation>Other programme
monthly cap (yen)</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="118"/>
        <source>世帯員を追加(&amp;A)</source>
        <translation>&amp;Add member</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="120"/>
        <source>選択した世帯員を削除</source>
        <translation>Remove selected member</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="131"/>
        <source>算定結果（サーバーが算定）: 階層区分（所得区分）と上限月額</source>
        <translation>Result (computed by the server): tier and monthly cap</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="139"/>
        <source>受給者（申請）</source>
        <translation>Recipient (application)</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="139"/>
        <source>状態</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="139"/>
        <source>特例</source>
        <translation>Special case</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="140"/>
        <source>階層区分</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="140"/>
        <source>按分前</source>
        <translation>Before apportionment</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="141"/>
        <source>按分後の上限月額</source>
        <translation>Monthly cap after apportionment</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="153"/>
        <source>保存して算定(&amp;S)</source>
        <translation>&amp;Save and compute</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="157"/>
        <source>閉じる</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="180"/>
        <source>本人</source>
        <translation>Self</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="184"/>
        <source>保存すると、世帯員の所得割などから階層区分と上限月額を算定します。</source>
        <translation>Saving computes the tier and monthly cap from the members&apos; income-based tax and other figures.</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="197"/>
        <source>患者</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="198"/>
        <source>保護者</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="199"/>
        <source>その他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="259"/>
        <source>所得割額</source>
        <translation>income-based tax</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="259"/>
        <source>年収</source>
        <translation>annual income</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="259"/>
        <source>他制度の上限月額</source>
        <translation>other programme&apos;s monthly cap</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="264"/>
        <source>%1人目の%2は数字（円）で入力してください。</source>
        <translation>Enter the %2 of member %1 as a number (yen).</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="292"/>
        <source>保存しました。</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="294"/>
        <source>この世帯の申請 %1 件の階層区分・上限月額（按分）を算定し直しました。</source>
        <translation>Recomputed the tier and apportioned monthly cap of %1 applications of this household.</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="327"/>
        <source>&lt;b&gt;階層区分: 算定できません&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tier: cannot be computed&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="328"/>
        <source>&lt;b&gt;階層区分（所得区分）: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tier: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="332"/>
        <source>基準表: 法別%1・%2円以上%3（%4 から適用）</source>
        <translation>Rule table: programme %1, from %2 yen%3 (in force from %4)</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="337"/>
        <source>%1円未満</source>
        <translation> to under %1 yen</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="344"/>
        <source>%1（%2: %3）</source>
        <translation>%1 (%2: %3)</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="349"/>
        <source>非課税</source>
        <translation>tax-exempt</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="350"/>
        <source>所得割 %1円</source>
        <translation>income-based tax %1 yen</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="353"/>
        <source>算定に含めない</source>
        <translation>not counted</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="356"/>
        <source>世帯員: %1</source>
        <translation>Members: %1</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="371"/>
        <source>（認定後に按分が変わりました: 変更の申請が必要です）</source>
        <translation>(apportionment changed after certification: a change application is needed)</translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="372"/>
        <source>%1（申請 %2）</source>
        <translation>%1 (application %2)</translation>
    </message>
</context>
<context>
    <name>kohi::app::InitialPasswordDialog</name>
    <message>
        <location filename="../app/client/InitialPasswordDialog.cpp" line="20"/>
        <source>初期パスワード</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <location filename="../app/client/InitialPasswordDialog.cpp" line="22"/>
        <source>ユーザー「%1」の初期パスワードです。この画面を閉じると二度と表示できません。本人に直接伝えてください（メールやメモに残さないでください）。本人は最初のログインで変更する必要があります。</source>
        <translation>This is the initial password of user &quot;%1&quot;. It can never be shown again once this window is closed. Give it to the user in person (do not send it by email or write it down). The user must change it at first login.</translation>
    </message>
    <message>
        <location filename="../app/client/InitialPasswordDialog.cpp" line="43"/>
        <source>確認しました（閉じる）</source>
        <translation>Noted (close)</translation>
    </message>
</context>
<context>
    <name>kohi::app::JukiImportWizard</name>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="42"/>
        <source>ファイルを開けません: %1</source>
        <translation>Cannot open the file: %1</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="44"/>
        <source>ファイルが大きすぎます（64 MB まで）。</source>
        <translation>The file is too large (64 MB at most).</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="47"/>
        <source>ファイルが選択後に変更されています。もう一度選び直してください。</source>
        <translation>The file has changed since it was chosen. Please choose it again.</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="66"/>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="164"/>
        <source>行</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="66"/>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="164"/>
        <source>照会番号</source>
        <translation>Inquiry no.</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="67"/>
        <source>結果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="67"/>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="92"/>
        <source>回答ファイルの選択</source>
        <translation>Choose the answer file</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="93"/>
        <source>住基ネット端末の担当者から受け取った回答ファイル（CSV）を選んでください。</source>
        <translation>Choose the answer file (CSV) you received from the resident-registry terminal operator.</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="97"/>
        <source>参照(&amp;B)…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="111"/>
        <source>回答ファイル</source>
        <translation>Answer file</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="112"/>
        <source>CSV ファイル (*.csv *.txt);;すべてのファイル (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="147"/>
        <source>内容の確認と検証</source>
        <translation>Preview and validation</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="148"/>
        <source>個人番号は表示しません。住民票コードは読み込み時に捨て、保存も表示もしません。</source>
        <translation>My Numbers are not shown. Resident register codes are dropped when the file is read, never stored or shown.</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="165"/>
        <source>処理結果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="165"/>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="166"/>
        <source>氏名カナ</source>
        <translation>Name (kana)</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="166"/>
        <source>生年月日</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="167"/>
        <source>性別</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="167"/>
        <source>個人番号</source>
        <translation>My Number</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="168"/>
        <source>検証</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="176"/>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="177"/>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="181"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="184"/>
        <source>文字コード: %1&#x3000;&#x3000;%2 件（うち形式の誤り %3 件）</source>
        <translation>Encoding: %1    %2 records (%3 malformed)</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="210"/>
        <source>照合</source>
        <translation>Matching</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="211"/>
        <source>照会番号で受給者と照合し、生年月日・性別・カナ氏名を確かめました（まだ何も変更していません）。</source>
        <translation>Matched by inquiry number and checked against date of birth, sex and kana name (nothing has been changed yet).</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="255"/>
        <source>取り込みの確認</source>
        <translation>Confirm the import</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="258"/>
        <source>照合の結果を確認しました</source>
        <translation>I have checked the matching results</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="266"/>
        <source>取り込む(&amp;I)</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="273"/>
        <source>受理 %1 件の個人番号を暗号化して「承認待ち」として登録します（承認者の照合で確定します）。確認リストへ送る行 %2 件、取り込まない行 %3 件。ファイル全体を一度に取り込み、途中で失敗したときは何も変更しません。</source>
        <translation>The My Numbers of %1 accepted records will be encrypted and registered as pending (final once an approver confirms them). %2 records go to the review list, %3 are not imported. The whole file is imported at once; if anything fails on the way, nothing changes.</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="308"/>
        <source>取り込みの結果</source>
        <translation>Import result</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="315"/>
        <source>CSV で保存(&amp;S)…</source>
        <translation>&amp;Save as CSV…</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="323"/>
        <source>結果の保存</source>
        <translation>Save the result</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="324"/>
        <source>CSV ファイル (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="348"/>
        <source>住基ネット回答の取り込み</source>
        <translation>Import resident-registry answers</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="351"/>
        <source>&lt; 戻る(&amp;B)</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="352"/>
        <source>次へ(&amp;N) &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="353"/>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="354"/>
        <source>閉じる(&amp;C)</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="373"/>
        <source>保存できませんでした: %1</source>
        <translation>Could not save: %1</translation>
    </message>
</context>
<context>
    <name>kohi::app::JukiReviewDialog</name>
    <message>
        <location filename="../app/client/juki/JukiReviewDialog.cpp" line="20"/>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiReviewDialog.cpp" line="21"/>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiReviewDialog.cpp" line="31"/>
        <source>住基ネット確認リスト</source>
        <translation>Resident-registry review list</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiReviewDialog.cpp" line="44"/>
        <source>対応の内容（必須、200文字以内）</source>
        <translation>What was done (required, 200 characters at most)</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiReviewDialog.cpp" line="45"/>
        <source>再照会(&amp;R)</source>
        <translation>&amp;Ask again</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiReviewDialog.cpp" line="47"/>
        <source>対応済み(&amp;D)</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiReviewDialog.cpp" line="49"/>
        <source>閉じる</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiReviewDialog.cpp" line="74"/>
        <source>取り込み</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiReviewDialog.cpp" line="74"/>
        <source>行</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiReviewDialog.cpp" line="74"/>
        <source>照会番号</source>
        <translation>Inquiry no.</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiReviewDialog.cpp" line="74"/>
        <source>結果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiReviewDialog.cpp" line="75"/>
        <source>受給者番号</source>
        <translation>Recipient no.</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiReviewDialog.cpp" line="75"/>
        <source>登録の内容</source>
        <translation>In the register</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiReviewDialog.cpp" line="75"/>
        <source>回答ファイル</source>
        <translation>In the answer file</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiReviewDialog.cpp" line="76"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiReviewDialog.cpp" line="94"/>
        <source>確認待ち %1 件</source>
        <translation>%1 waiting for review</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiReviewDialog.cpp" line="101"/>
        <source>対応する行を選んでください。</source>
        <translation>Choose a row first.</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiReviewDialog.cpp" line="115"/>
        <source>対応済みにしました。</source>
        <translation>Marked as done.</translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiReviewDialog.cpp" line="116"/>
        <source>新しい照会番号 %1 を発行しました。</source>
        <translation>New inquiry %1 issued.</translation>
    </message>
</context>
<context>
    <name>kohi::app::KeyProposalWidget</name>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="31"/>
        <source>Kohi — 鍵の操作の承認</source>
        <translation>Kohi — Key operation approvals</translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="35"/>
        <source>個人番号の鍵の作成・更新と閲覧者の登録・削除は、ひとりが提案し、別の職員が承認します。承認された操作は、提案した職員が承認から決められた時間内に一度だけ実行できます。自分の提案と、自分が対象の提案は承認できません。</source>
        <translation>Creating or rotating the My Number key and enrolling or removing a viewer are proposed by one staff member and approved by another. The proposer can carry out an approved operation once, within the set time after the approval. You cannot approve your own proposals or proposals about yourself.</translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="38"/>
        <source>番号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="38"/>
        <source>操作</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="38"/>
        <source>対象の閲覧者</source>
        <translation>Viewer concerned</translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="38"/>
        <source>提案者</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="38"/>
        <source>提案日時</source>
        <translation>Proposed at</translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="38"/>
        <source>状態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="39"/>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="39"/>
        <source>鍵が削除される閲覧者</source>
        <translation>Viewers whose keys are deleted</translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="39"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="40"/>
        <source>確認した内容など（任意、200文字以内、個人番号は書かない）</source>
        <translation>What you checked (optional, up to 200 characters, never a My Number)</translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="146"/>
        <source>却下</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="106"/>
        <source>承認できる提案です</source>
        <translation>You can approve this proposal</translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="114"/>
        <source>承認を待っている鍵の操作はありません。</source>
        <translation>No key operation is waiting for approval.</translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="146"/>
        <source>取り下げ</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="149"/>
        <source>提案を選んでください。</source>
        <translation>Select a proposal.</translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="152"/>
        <source>提案 %1: %2</source>
        <translation>Proposal %1: %2</translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="154"/>
        <source>（閲覧者 %1）</source>
        <translation> (viewer %1)</translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="155"/>
        <source>、提案者 %1、状態 %2。</source>
        <translation>, proposed by %1, status %2. </translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="157"/>
        <source>この鍵の更新で、%1 の復号用の鍵は削除されます（再登録が必要）。</source>
        <translation>This key rotation deletes the decryption keys of %1 (they must be enrolled again). </translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="160"/>
        <source>自分の提案は承認できません。別の職員の承認を待ってください。</source>
        <translation>You cannot approve your own proposal. Wait for another staff member to approve it.</translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="162"/>
        <source>自分が対象の提案は承認できません。</source>
        <translation>You cannot approve a proposal about yourself.</translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="180"/>
        <source>提案 %1 を承認しました。%2 が %3 までに一度だけ実行できます。</source>
        <translation>Proposal %1 approved. %2 can carry it out once, until %3.</translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="203"/>
        <source>提案 %1 を取り下げました。</source>
        <translation>Proposal %1 withdrawn.</translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="204"/>
        <source>提案 %1 を却下しました。</source>
        <translation>Proposal %1 rejected.</translation>
    </message>
</context>
<context>
    <name>kohi::app::LockCurtain</name>
    <message>
        <location filename="../app/client/LockCurtain.cpp" line="22"/>
        <source>画面をロックしました</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../app/client/LockCurtain.cpp" line="39"/>
        <source>Kohi — ロック中</source>
        <translation>Kohi — Locked</translation>
    </message>
</context>
<context>
    <name>kohi::app::LockScreen</name>
    <message>
        <location filename="../app/client/LockScreen.cpp" line="24"/>
        <source>Kohi — 画面ロック</source>
        <translation>Kohi — Screen locked</translation>
    </message>
    <message>
        <location filename="../app/client/LockScreen.cpp" line="28"/>
        <source>画面をロックしました</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../app/client/LockScreen.cpp" line="34"/>
        <source>作業を続けるには、パスワードを入力してロックを解除してください。別の人が使う場合は「ログアウト」を押してください。</source>
        <translation>To continue working, enter your password to unlock. If someone else needs to use this terminal, press &quot;Log out&quot;.</translation>
    </message>
    <message>
        <location filename="../app/client/LockScreen.cpp" line="53"/>
        <source>ログイン中</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location filename="../app/client/LockScreen.cpp" line="54"/>
        <source>パスワード(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../app/client/LockScreen.cpp" line="62"/>
        <source>ロック解除</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../app/client/LockScreen.cpp" line="66"/>
        <source>ログアウト</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../app/client/LockScreen.cpp" line="106"/>
        <source>パスワードを入力してください。</source>
        <translation>Please enter your password.</translation>
    </message>
    <message>
        <location filename="../app/client/LockScreen.cpp" line="114"/>
        <source>確認しています…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../app/client/LockScreen.cpp" line="135"/>
        <source>あと %1 回失敗するとアカウントがロックされます。</source>
        <translation>%1 more failed attempts will lock the account.</translation>
    </message>
    <message>
        <location filename="../app/client/LockScreen.cpp" line="138"/>
        <source>アカウントはロックされました。ユーザー管理者に連絡してください。</source>
        <translation>The account is now locked. Contact a user administrator.</translation>
    </message>
</context>
<context>
    <name>kohi::app::LoginDialog</name>
    <message>
        <location filename="../app/client/LoginDialog.cpp" line="30"/>
        <source>Kohi 公費負担医療システム — ログイン</source>
        <translation>Kohi Public Medical Expense System — Log in</translation>
    </message>
    <message>
        <location filename="../app/client/LoginDialog.cpp" line="33"/>
        <source>公費負担医療システム</source>
        <translation>Public Medical Expense System</translation>
    </message>
    <message>
        <location filename="../app/client/LoginDialog.cpp" line="38"/>
        <source>ご自身のユーザーIDとパスワードでログインしてください。IDとパスワードを他の人と共有しないでください。</source>
        <translation>Log in with your own user ID and password. Do not share your ID or password with anyone.</translation>
    </message>
    <message>
        <location filename="../app/client/LoginDialog.cpp" line="54"/>
        <source>ユーザーID(&amp;U)</source>
        <translation>&amp;User ID</translation>
    </message>
    <message>
        <location filename="../app/client/LoginDialog.cpp" line="55"/>
        <source>パスワード(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../app/client/LoginDialog.cpp" line="64"/>
        <source>ログイン</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../app/client/LoginDialog.cpp" line="67"/>
        <source>終了</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../app/client/LoginDialog.cpp" line="71"/>
        <source>接続先: %1:%2 / %3（TLS・証明書検証あり）</source>
        <translation>Server: %1:%2 / %3 (TLS, certificate verified)</translation>
    </message>
    <message>
        <location filename="../app/client/LoginDialog.cpp" line="117"/>
        <source>ユーザーIDを入力してください。</source>
        <translation>Please enter your user ID.</translation>
    </message>
    <message>
        <location filename="../app/client/LoginDialog.cpp" line="122"/>
        <source>パスワードを入力してください。</source>
        <translation>Please enter your password.</translation>
    </message>
    <message>
        <location filename="../app/client/LoginDialog.cpp" line="130"/>
        <source>接続しています…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../app/client/LoginDialog.cpp" line="153"/>
        <source>ログインを記録できないため中止しました: %1</source>
        <translation>Login cancelled because it could not be recorded: %1</translation>
    </message>
</context>
<context>
    <name>kohi::app::MainWindow</name>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="65"/>
        <source>Kohi 公費負担医療システム ［%1］ — %2</source>
        <translation>Kohi Public Medical Expense System [%1] — %2</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="80"/>
        <source>ホーム</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="110"/>
        <source>ファイル(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="111"/>
        <source>パスワードの変更(&amp;P)…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="114"/>
        <source>パスワードを変更しました。</source>
        <translation>Your password has been changed.</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="116"/>
        <source>ログアウト(&amp;L)</source>
        <translation>&amp;Log out</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="118"/>
        <source>終了(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="121"/>
        <location filename="../app/client/MainWindow.cpp" line="159"/>
        <source>業務(&amp;W)</source>
        <translation>&amp;Work</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="123"/>
        <source>住基ネット回答の取り込み(&amp;J)…</source>
        <translation>Import resident-registry answers (&amp;J)…</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="128"/>
        <source>住基ネット確認リスト(&amp;R)…</source>
        <translation>Resident-registry &amp;review list…</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="134"/>
        <source>一斉更新(&amp;U)…</source>
        <translation>Mass &amp;renewal…</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="139"/>
        <source>受給者の統計(&amp;S)…</source>
        <translation>Recipient &amp;statistics…</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="144"/>
        <source>受給者一覧のCSV出力(&amp;E)…</source>
        <translation>&amp;Export recipients as CSV…</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="149"/>
        <source>証拠書類の保管(&amp;H)…</source>
        <translation>Evidence paper &amp;holdings…</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="160"/>
        <source>保管庫の登録(&amp;K)…</source>
        <translation>Evidence cabinets (&amp;K)…</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="166"/>
        <source>ヘルプ(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="167"/>
        <source>バージョン情報(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="169"/>
        <source>バージョン情報</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="170"/>
        <source>Kohi 公費負担医療システム %1</source>
        <translation>Kohi Public Medical Expense System %1</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="173"/>
        <source>ログイン中: %1（%2）</source>
        <translation>Logged in: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="178"/>
        <source>パスワードの有効期限まであと %1 日です。［ファイル］→［パスワードの変更］から変更してください。</source>
        <translation>Your password expires in %1 days. Change it via [File] → [Change password].</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="198"/>
        <source>受給者検索</source>
        <translation>Recipient search</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="201"/>
        <source>申請入力</source>
        <translation>Application entry</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="204"/>
        <source>承認待ち</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="213"/>
        <source>保存期間・廃棄</source>
        <translation>Retention and disposal</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="221"/>
        <source>個人番号の表示</source>
        <translation>View My Number</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="223"/>
        <source>ユーザー管理</source>
        <translation>User administration</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="227"/>
        <source>鍵の操作の承認</source>
        <translation>Key approvals</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="231"/>
        <source>アクセスログ</source>
        <translation>Access log</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="234"/>
        <location filename="../app/client/MainWindow.cpp" line="237"/>
        <source>監視</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="237"/>
        <source>監視（未確認 %1）</source>
        <translation>Monitoring (%1 unacknowledged)</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="248"/>
        <source>自分の操作履歴</source>
        <translation>My activity</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="265"/>
        <source>個人番号の照合（証拠書類から再入力）…</source>
        <translation>Verify My Number (re-enter from documents)…</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="270"/>
        <location filename="../app/client/MainWindow.cpp" line="277"/>
        <source>個人番号の照合</source>
        <translation>Verify My Number</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="270"/>
        <source>申請を選択してください。</source>
        <translation>Please select an application.</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="278"/>
        <source>照合待ちの個人番号はありません。</source>
        <translation>No My Numbers are awaiting verification.</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="305"/>
        <source>受給者</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="309"/>
        <source>受給者証・通知書のプレビュー(&amp;V)…</source>
        <translation>Pre&amp;view certificate and notice…</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="312"/>
        <source>申請の一覧で選んだ申請の書類（選んでいなければ有効な受給者証）を表示します。</source>
        <translation>Shows the documents of the application selected in the list (if none is selected, the certificate in force).</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="334"/>
        <source>更新申請を入力(&amp;R)…</source>
        <translation>Enter &amp;renewal…</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="335"/>
        <source>変更申請を入力(&amp;C)…</source>
        <translation>Enter &amp;change…</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="356"/>
        <source>個人番号の登録(&amp;M)…</source>
        <translation>Register &amp;My Number…</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="365"/>
        <source>住基ネットに照会…</source>
        <translation>Ask the resident registry…</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="369"/>
        <source>申請書に個人番号の記入がない</source>
        <translation>The application has no My Number</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="370"/>
        <source>個人番号の確認ができなかった</source>
        <translation>The My Number could not be confirmed</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="379"/>
        <source>照会番号 %1 を発行しました（住基ネット端末の担当者への書き出しを待ちます）。</source>
        <translation>Inquiry %1 issued (waiting for the export to the resident-registry terminal operator).</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="322"/>
        <source>受給者証</source>
        <translation>Recipient certificate</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="396"/>
        <source>受給者（申請中）</source>
        <translation>Recipient (application pending)</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="397"/>
        <source>受給者 %1</source>
        <translation>Recipient %1</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="407"/>
        <location filename="../app/client/MainWindow.cpp" line="418"/>
        <source>申請</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="430"/>
        <source>%1 さん、ログインしました。</source>
        <translation>Welcome, %1. You are logged in.</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="436"/>
        <source>ログイン情報</source>
        <translation>Login information</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="447"/>
        <source>ユーザーID</source>
        <translation>User ID</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="448"/>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="449"/>
        <source>職務</source>
        <translation>Duties</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="450"/>
        <source>（職務が割り当てられていません）</source>
        <translation>(No duties assigned)</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="452"/>
        <source>担当制度（法別番号）</source>
        <translation>Programmes (programme numbers)</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="453"/>
        <source>なし</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="456"/>
        <source>環境</source>
        <translation>Environment</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="460"/>
        <source>接続先</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="461"/>
        <source>端末ID</source>
        <translation>Terminal ID</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="462"/>
        <source>ログイン時刻</source>
        <translation>Logged in at</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="466"/>
        <source>担当制度の受給者数</source>
        <translation>Recipients in your programmes</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="471"/>
        <source>%L1 人</source>
        <translation>%L1</translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="476"/>
        <source>受給者数を取得できません。</source>
        <translation>The number of recipients cannot be retrieved.</translation>
    </message>
</context>
<context>
    <name>kohi::app::MonitorAlertModel</name>
    <message>
        <location filename="../app/client/MonitorAlertModel.cpp" line="53"/>
        <source>未確認</source>
        <translation>Unacknowledged</translation>
    </message>
    <message>
        <location filename="../app/client/MonitorAlertModel.cpp" line="53"/>
        <source>確認済み</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location filename="../app/client/MonitorAlertModel.cpp" line="67"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location filename="../app/client/MonitorAlertModel.cpp" line="97"/>
        <source>状態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/client/MonitorAlertModel.cpp" line="99"/>
        <source>日付</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/client/MonitorAlertModel.cpp" line="101"/>
        <source>ルール</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../app/client/MonitorAlertModel.cpp" line="103"/>
        <source>職員</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location filename="../app/client/MonitorAlertModel.cpp" line="105"/>
        <source>件数</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../app/client/MonitorAlertModel.cpp" line="107"/>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../app/client/MonitorAlertModel.cpp" line="109"/>
        <source>確認</source>
        <translation>Acknowledgement</translation>
    </message>
</context>
<context>
    <name>kohi::app::MonitorRulesDialog</name>
    <message>
        <location filename="../app/client/MonitorRulesDialog.cpp" line="51"/>
        <source>監視ルール</source>
        <translation>Monitoring rules</translation>
    </message>
    <message>
        <location filename="../app/client/MonitorRulesDialog.cpp" line="54"/>
        <source>件数は職員ごと・1日ごとに数えます。変更はアクセスログに記録されます。</source>
        <translation>Counts are per staff member per day. Changes are recorded in the access log.</translation>
    </message>
    <message>
        <location filename="../app/client/MonitorRulesDialog.cpp" line="55"/>
        <source>監視ルールの変更は監査担当者が行います（閲覧のみ）。</source>
        <translation>Monitoring rules are changed by auditors (view only).</translation>
    </message>
    <message>
        <location filename="../app/client/MonitorRulesDialog.cpp" line="61"/>
        <source>ルール</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../app/client/MonitorRulesDialog.cpp" line="61"/>
        <source>有効</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <location filename="../app/client/MonitorRulesDialog.cpp" line="61"/>
        <source>基準（件/日）</source>
        <translation>Threshold (per day)</translation>
    </message>
    <message>
        <location filename="../app/client/MonitorRulesDialog.cpp" line="62"/>
        <source>件数の条件</source>
        <translation>Count condition</translation>
    </message>
    <message>
        <location filename="../app/client/MonitorRulesDialog.cpp" line="62"/>
        <source>勤務開始</source>
        <translation>Working hours start</translation>
    </message>
    <message>
        <location filename="../app/client/MonitorRulesDialog.cpp" line="62"/>
        <source>勤務終了</source>
        <translation>Working hours end</translation>
    </message>
    <message>
        <location filename="../app/client/MonitorRulesDialog.cpp" line="63"/>
        <source>最終変更</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <location filename="../app/client/MonitorRulesDialog.cpp" line="74"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../app/client/MonitorRulesDialog.cpp" line="110"/>
        <source> 件以上</source>
        <translation> or more</translation>
    </message>
    <message>
        <location filename="../app/client/MonitorRulesDialog.cpp" line="157"/>
        <source>「%1」を保存できません: %2</source>
        <translation>&quot;%1&quot; cannot be saved: %2</translation>
    </message>
    <message>
        <location filename="../app/client/MonitorRulesDialog.cpp" line="159"/>
        <source>保存済み: %1</source>
        <translation>Saved so far: %1</translation>
    </message>
    <message>
        <location filename="../app/client/MonitorRulesDialog.cpp" line="166"/>
        <source>変更はありません。</source>
        <translation>There are no changes.</translation>
    </message>
    <message>
        <location filename="../app/client/MonitorRulesDialog.cpp" line="167"/>
        <source>保存しました: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>kohi::app::MonitorWidget</name>
    <message>
        <location filename="../app/client/MonitorWidget.cpp" line="45"/>
        <source>過去14日</source>
        <translation>Last 14 days</translation>
    </message>
    <message>
        <location filename="../app/client/MonitorWidget.cpp" line="46"/>
        <source>過去30日</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../app/client/MonitorWidget.cpp" line="47"/>
        <source>過去90日</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <location filename="../app/client/MonitorWidget.cpp" line="49"/>
        <source>更新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../app/client/MonitorWidget.cpp" line="51"/>
        <source>監視ルールの設定...</source>
        <translation>Monitoring rule settings...</translation>
    </message>
    <message>
        <location filename="../app/client/MonitorWidget.cpp" line="51"/>
        <source>監視ルール...</source>
        <translation>Monitoring rules...</translation>
    </message>
    <message>
        <location filename="../app/client/MonitorWidget.cpp" line="55"/>
        <source>期間</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../app/client/MonitorWidget.cpp" line="62"/>
        <source>日別の件数</source>
        <translation>Daily counts</translation>
    </message>
    <message>
        <location filename="../app/client/MonitorWidget.cpp" line="78"/>
        <source>確認済みも表示</source>
        <translation>Show acknowledged</translation>
    </message>
    <message>
        <location filename="../app/client/MonitorWidget.cpp" line="80"/>
        <source>確認済みにする...</source>
        <translation>Acknowledge...</translation>
    </message>
    <message>
        <location filename="../app/client/MonitorWidget.cpp" line="82"/>
        <source>該当する記録を表示</source>
        <translation>Show matching records</translation>
    </message>
    <message>
        <location filename="../app/client/MonitorWidget.cpp" line="90"/>
        <source>警告</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../app/client/MonitorWidget.cpp" line="138"/>
        <source>更新できませんでした: %1</source>
        <translation>Could not refresh: %1</translation>
    </message>
    <message>
        <location filename="../app/client/MonitorWidget.cpp" line="152"/>
        <source>%1 時点。未確認の警告 %2 件。</source>
        <translation>As of %1. %2 unacknowledged alerts.</translation>
    </message>
    <message>
        <location filename="../app/client/MonitorWidget.cpp" line="157"/>
        <source>まだ評価していない記録が %1 件あります（次の更新で続きを評価します）。</source>
        <translation>%1 records have not been evaluated yet (the next refresh continues the evaluation).</translation>
    </message>
</context>
<context>
    <name>kohi::app::MonthlyCostDialog</name>
    <message>
        <location filename="../app/client/MonthlyCostDialog.cpp" line="40"/>
        <source>医療費総額（自己負担上限額管理票から）</source>
        <translation>Total medical costs (from the co-payment cap management sheet)</translation>
    </message>
    <message>
        <location filename="../app/client/MonthlyCostDialog.cpp" line="43"/>
        <source>例: 2026-11</source>
        <translation>e.g. 2026-11</translation>
    </message>
    <message>
        <location filename="../app/client/MonthlyCostDialog.cpp" line="46"/>
        <source>医療費総額（10割、円）</source>
        <translation>Total medical costs (100%, yen)</translation>
    </message>
    <message>
        <location filename="../app/client/MonthlyCostDialog.cpp" line="47"/>
        <source>この月を保存(&amp;S)</source>
        <translation>&amp;Save this month</translation>
    </message>
    <message>
        <location filename="../app/client/MonthlyCostDialog.cpp" line="51"/>
        <location filename="../app/client/MonthlyCostDialog.cpp" line="55"/>
        <source>年月</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../app/client/MonthlyCostDialog.cpp" line="52"/>
        <source>医療費総額（円）</source>
        <translation>Total medical costs (yen)</translation>
    </message>
    <message>
        <location filename="../app/client/MonthlyCostDialog.cpp" line="55"/>
        <source>医療費総額</source>
        <translation>Total medical costs</translation>
    </message>
    <message>
        <location filename="../app/client/MonthlyCostDialog.cpp" line="55"/>
        <source>5万円超（高額かつ長期）</source>
        <translation>Over 50,000 yen (high-cost long-term)</translation>
    </message>
    <message>
        <location filename="../app/client/MonthlyCostDialog.cpp" line="56"/>
        <source>33,330円超（軽症高額）</source>
        <translation>Over 33,330 yen (mild high-cost)</translation>
    </message>
    <message>
        <location filename="../app/client/MonthlyCostDialog.cpp" line="67"/>
        <source>閉じる</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../app/client/MonthlyCostDialog.cpp" line="87"/>
        <source>年月は「2026-11」のように入力してください。</source>
        <translation>Enter the month like 2026-11.</translation>
    </message>
    <message>
        <location filename="../app/client/MonthlyCostDialog.cpp" line="99"/>
        <source>医療費総額は数字（円）で入力してください。</source>
        <translation>Enter total medical costs as a number (yen).</translation>
    </message>
    <message>
        <location filename="../app/client/MonthlyCostDialog.cpp" line="109"/>
        <source>%1年%2月の医療費総額を保存しました。</source>
        <translation>Saved the total medical costs of %2/%1.</translation>
    </message>
    <message>
        <location filename="../app/client/MonthlyCostDialog.cpp" line="131"/>
        <source>%1年%2月</source>
        <translation>%2/%1</translation>
    </message>
    <message>
        <location filename="../app/client/MonthlyCostDialog.cpp" line="133"/>
        <location filename="../app/client/MonthlyCostDialog.cpp" line="134"/>
        <source>○</source>
        <translation>○</translation>
    </message>
    <message>
        <location filename="../app/client/MonthlyCostDialog.cpp" line="138"/>
        <source>入力済みの月のうち 5万円超: %1か月、33,330円超: %2か月。申請ごとの判定（申請月以前の12か月、高額かつ長期は認定後の月のみ）は申請入力に表示されます。</source>
        <translation>Of the months entered, over 50,000 yen: %1, over 33,330 yen: %2. The decision per application (the 12 months up to the application month; for high-cost long-term only months after certification) is shown in application entry.</translation>
    </message>
</context>
<context>
    <name>kohi::app::MyNumberConfirmDialog</name>
    <message>
        <location filename="../app/client/MyNumberConfirmDialog.cpp" line="21"/>
        <source>個人番号の照合</source>
        <translation>Verify My Number</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberConfirmDialog.cpp" line="24"/>
        <source>申請書類の個人番号を入力してください。登録された番号は表示されません。</source>
        <translation>Enter the My Number shown on the application documents. The registered number is not displayed.</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberConfirmDialog.cpp" line="36"/>
        <source>12桁</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberConfirmDialog.cpp" line="39"/>
        <source>区分</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberConfirmDialog.cpp" line="41"/>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberConfirmDialog.cpp" line="45"/>
        <source>続柄</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberConfirmDialog.cpp" line="48"/>
        <source>個人番号</source>
        <translation>My Number</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberConfirmDialog.cpp" line="55"/>
        <source>照合</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberConfirmDialog.cpp" line="58"/>
        <source>閉じる</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberConfirmDialog.cpp" line="91"/>
        <source>個人番号を入力してください。</source>
        <translation>Please enter the My Number.</translation>
    </message>
</context>
<context>
    <name>kohi::app::MyNumberEntryDialog</name>
    <message>
        <location filename="../app/client/MyNumberEntryDialog.cpp" line="49"/>
        <source>個人番号の登録</source>
        <translation>Register My Number</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberEntryDialog.cpp" line="53"/>
        <source>本人（受診者）</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberEntryDialog.cpp" line="54"/>
        <source>保護者</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberEntryDialog.cpp" line="55"/>
        <source>世帯員</source>
        <translation>Household member</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberEntryDialog.cpp" line="70"/>
        <source>カタカナ（他の受給者にも登録する人は必須）</source>
        <translation>Katakana (required for a person registered for another recipient too)</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberEntryDialog.cpp" line="75"/>
        <source>例: 1985-04-01</source>
        <translation>e.g. 1985-04-01</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberEntryDialog.cpp" line="79"/>
        <source>12桁</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberEntryDialog.cpp" line="87"/>
        <source>区分</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberEntryDialog.cpp" line="88"/>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberEntryDialog.cpp" line="89"/>
        <source>続柄</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberEntryDialog.cpp" line="90"/>
        <source>氏名カナ</source>
        <translation>Name (kana)</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberEntryDialog.cpp" line="91"/>
        <source>生年月日</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberEntryDialog.cpp" line="92"/>
        <source>個人番号</source>
        <translation>My Number</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberEntryDialog.cpp" line="95"/>
        <source>登録</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberEntryDialog.cpp" line="98"/>
        <source>閉じる</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberEntryDialog.cpp" line="166"/>
        <source>氏名を入力してください。</source>
        <translation>Please enter the name.</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberEntryDialog.cpp" line="171"/>
        <source>続柄を入力してください。</source>
        <translation>Please enter the relationship.</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberEntryDialog.cpp" line="179"/>
        <source>生年月日は 1985-04-01 のように年-月-日で入力してください。</source>
        <translation>Enter the date of birth as year-month-day, like 1985-04-01.</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberEntryDialog.cpp" line="184"/>
        <source>氏名カナと生年月日は両方入力してください（片方だけでは同じ人と確かめられません）。</source>
        <translation>Enter both the name in kana and the date of birth (one alone cannot show that it is the same person).</translation>
    </message>
</context>
<context>
    <name>kohi::app::MyNumberHolderModel</name>
    <message>
        <location filename="../app/client/MyNumberHolderModel.cpp" line="24"/>
        <source>%1（受給者番号 未付番・申請中）</source>
        <translation>%1 (recipient number not yet assigned, application pending)</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberHolderModel.cpp" line="25"/>
        <source>%1（受給者番号 %2）</source>
        <translation>%1 (recipient number %2)</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberHolderModel.cpp" line="30"/>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberHolderModel.cpp" line="31"/>
        <source>%1の%2</source>
        <translation>%2 of %1</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberHolderModel.cpp" line="52"/>
        <source>番号を見るには［表示…］を押し、理由とパスフレーズを入力してください。</source>
        <translation>To see the number, press [View…] and enter a reason and your passphrase.</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberHolderModel.cpp" line="57"/>
        <source>（申請中）</source>
        <translation>(Application pending)</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberHolderModel.cpp" line="95"/>
        <source>受給者番号</source>
        <translation>Recipient number</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberHolderModel.cpp" line="97"/>
        <source>受給者氏名</source>
        <translation>Recipient name</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberHolderModel.cpp" line="99"/>
        <source>カナ</source>
        <translation>Kana</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberHolderModel.cpp" line="101"/>
        <source>生年月日</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberHolderModel.cpp" line="103"/>
        <source>制度</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberHolderModel.cpp" line="105"/>
        <source>市町村</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberHolderModel.cpp" line="107"/>
        <source>区分</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberHolderModel.cpp" line="109"/>
        <source>番号の本人</source>
        <translation>Number holder</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberHolderModel.cpp" line="111"/>
        <source>続柄</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberHolderModel.cpp" line="113"/>
        <source>個人番号</source>
        <translation>My Number</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberHolderModel.cpp" line="115"/>
        <source>状態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberHolderModel.cpp" line="117"/>
        <source>登録日時</source>
        <translation>Registered at</translation>
    </message>
</context>
<context>
    <name>kohi::app::MyNumberRevealDialog</name>
    <message>
        <location filename="../app/client/MyNumberRevealDialog.cpp" line="52"/>
        <source>個人番号の表示</source>
        <translation>View My Number</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberRevealDialog.cpp" line="72"/>
        <source>表示理由</source>
        <translation>Reason for viewing</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberRevealDialog.cpp" line="73"/>
        <source>理由（詳細）</source>
        <translation>Reason (details)</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberRevealDialog.cpp" line="74"/>
        <source>復号用パスフレーズ</source>
        <translation>Decryption passphrase</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberRevealDialog.cpp" line="98"/>
        <source>表示</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberRevealDialog.cpp" line="101"/>
        <source>閉じる</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberRevealDialog.cpp" line="145"/>
        <source>表示理由を取得できません。</source>
        <translation>The list of reasons for viewing cannot be retrieved.</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberRevealDialog.cpp" line="157"/>
        <source>表示理由を選択してください。</source>
        <translation>Please select a reason for viewing.</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberRevealDialog.cpp" line="161"/>
        <source>表示理由の詳細を入力してください。</source>
        <translation>Please enter the details of the reason.</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberRevealDialog.cpp" line="166"/>
        <source>復号用パスフレーズを入力してください。</source>
        <translation>Please enter the decryption passphrase.</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberRevealDialog.cpp" line="220"/>
        <source>あと %1 秒で消去します。</source>
        <translation>Clearing in %1 s.</translation>
    </message>
</context>
<context>
    <name>kohi::app::MyNumberStatusModel</name>
    <message>
        <location filename="../app/client/MyNumberStatusModel.cpp" line="21"/>
        <source>照合待ち</source>
        <translation>Awaiting verification</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberStatusModel.cpp" line="23"/>
        <source>照合済み</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberStatusModel.cpp" line="25"/>
        <location filename="../app/client/MyNumberStatusModel.cpp" line="51"/>
        <location filename="../app/client/MyNumberStatusModel.cpp" line="59"/>
        <source>未登録</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberStatusModel.cpp" line="75"/>
        <source>個人番号</source>
        <translation>My Number</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberStatusModel.cpp" line="77"/>
        <source>区分</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberStatusModel.cpp" line="79"/>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberStatusModel.cpp" line="81"/>
        <source>続柄</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberStatusModel.cpp" line="83"/>
        <source>状態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberStatusModel.cpp" line="85"/>
        <source>登録日時</source>
        <translation>Registered at</translation>
    </message>
</context>
<context>
    <name>kohi::app::MyNumberStatusWidget</name>
    <message>
        <location filename="../app/client/MyNumberStatusWidget.cpp" line="38"/>
        <source>コピー</source>
        <translation>Copy</translation>
    </message>
</context>
<context>
    <name>kohi::app::MyNumberViewerWidget</name>
    <message>
        <location filename="../app/client/MyNumberViewerWidget.cpp" line="31"/>
        <source>個人番号の表示</source>
        <translation>View My Number</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberViewerWidget.cpp" line="33"/>
        <source>7桁</source>
        <translation>7 digits</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberViewerWidget.cpp" line="37"/>
        <source>ヤマダ タロウ（前方一致・2文字以上）</source>
        <translation>ヤマダ タロウ (prefix match, at least 2 characters)</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberViewerWidget.cpp" line="39"/>
        <source>S45.5.5 / 1970-05-05</source>
        <translation>S45.5.5 / 1970-05-05</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberViewerWidget.cpp" line="42"/>
        <source>検索(&amp;S)</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberViewerWidget.cpp" line="45"/>
        <source>条件クリア</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberViewerWidget.cpp" line="48"/>
        <source>番号を表示する人の検索</source>
        <translation>Find the person whose number to view</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberViewerWidget.cpp" line="50"/>
        <source>受給者番号(&amp;N)</source>
        <translation>Recipient &amp;number</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberViewerWidget.cpp" line="51"/>
        <source>カナ氏名(&amp;K)</source>
        <translation>&amp;Kana name</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberViewerWidget.cpp" line="52"/>
        <source>生年月日(&amp;B)</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberViewerWidget.cpp" line="53"/>
        <source>受給者番号、またはカナ氏名と生年月日の両方で検索します。検索も表示もすべてアクセスログに記録されます。</source>
        <translation>Search by recipient number, or by both kana name and date of birth. Every search and every view is recorded in the access log.</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberViewerWidget.cpp" line="83"/>
        <source>表示(&amp;V)…</source>
        <translation>&amp;View…</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberViewerWidget.cpp" line="158"/>
        <source>生年月日: %1</source>
        <translation>Date of birth: %1</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberViewerWidget.cpp" line="189"/>
        <source>個人番号が登録された該当者はいません。</source>
        <translation>No matching person has a registered My Number.</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberViewerWidget.cpp" line="192"/>
        <source>%L1 件を表示しました（上限）。条件を絞り込んでください。</source>
        <translation>Showing %L1 results (the maximum). Please narrow the search.</translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberViewerWidget.cpp" line="194"/>
        <source>%L1 件</source>
        <translation>%L1 results</translation>
    </message>
</context>
<context>
    <name>kohi::app::PolicySettingsWidget</name>
    <message>
        <location filename="../app/client/PolicySettingsWidget.cpp" line="19"/>
        <source>パスワードポリシーや無操作時間などの設定です。変更は保存した時点で全職員に適用され、監査ログに記録されます。</source>
        <translation>Settings such as the password policy and inactivity time-outs. Changes apply to all staff as soon as they are saved and are recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../app/client/PolicySettingsWidget.cpp" line="24"/>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../app/client/PolicySettingsWidget.cpp" line="60"/>
        <source>%1〜%2（最終更新: %3 %4）</source>
        <translation>%1–%2 (last changed: %3 by %4)</translation>
    </message>
    <message>
        <location filename="../app/client/PolicySettingsWidget.cpp" line="84"/>
        <source>変更された設定はありません。</source>
        <translation>No settings have been changed.</translation>
    </message>
    <message>
        <location filename="../app/client/PolicySettingsWidget.cpp" line="89"/>
        <source>・%1: %2 → %3</source>
        <translation>• %1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../app/client/PolicySettingsWidget.cpp" line="94"/>
        <source>設定の保存</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../app/client/PolicySettingsWidget.cpp" line="95"/>
        <source>次の設定を変更します。全職員に適用されます。よろしいですか？

%1</source>
        <translation>The following settings will be changed for all staff. Continue?

%1</translation>
    </message>
    <message>
        <location filename="../app/client/PolicySettingsWidget.cpp" line="118"/>
        <source>設定を保存しました（%1件）。</source>
        <translation>Settings saved (%1 changed).</translation>
    </message>
</context>
<context>
    <name>kohi::app::ProposalReviewPanel</name>
    <message>
        <location filename="../app/client/ProposalReviewPanel.cpp" line="38"/>
        <source>終わった提案も表示</source>
        <translation>Show closed proposals</translation>
    </message>
    <message>
        <location filename="../app/client/ProposalReviewPanel.cpp" line="41"/>
        <source>最新の情報に更新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../app/client/ProposalReviewPanel.cpp" line="58"/>
        <source>承認</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../app/client/ProposalReviewPanel.cpp" line="61"/>
        <source>却下</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../app/client/ProposalReviewPanel.cpp" line="65"/>
        <source>メモ</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>kohi::app::RecipientDetailWidget</name>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="49"/>
        <source>受給者の詳細</source>
        <translation>Recipient details</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="60"/>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="64"/>
        <source>申請番号</source>
        <translation>Application no.</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="60"/>
        <source>区分</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="60"/>
        <source>状態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="60"/>
        <source>受付日</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="60"/>
        <source>有効期間</source>
        <translation>Validity period</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="61"/>
        <source>疾病名</source>
        <translation>Disease</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="61"/>
        <source>所得区分</source>
        <translation>Income category</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="61"/>
        <source>特例</source>
        <translation>Special cap</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="61"/>
        <source>上限月額</source>
        <translation>Monthly cap</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="61"/>
        <source>差戻し理由</source>
        <translation>Reason for return</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="64"/>
        <source>変更日時</source>
        <translation>Changed at</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="64"/>
        <source>入力者</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="64"/>
        <source>承認者</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="65"/>
        <source>変更内容（変更前 → 変更後）</source>
        <translation>Changes (before → after)</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="70"/>
        <source>登録内容(&amp;R)</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="71"/>
        <source>申請(&amp;A)</source>
        <translation>&amp;Applications</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="72"/>
        <source>変更履歴(&amp;H)</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="94"/>
        <source>制度</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="108"/>
        <source>本人</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="114"/>
        <source>公費</source>
        <translation>Public expense</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="118"/>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="131"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="120"/>
        <source>個人番号</source>
        <translation>My Number</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="121"/>
        <source>保護者</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="122"/>
        <source>医療保険</source>
        <translation>Health insurance</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="134"/>
        <source>未登録</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="137"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="139"/>
        <source>照合済み</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="139"/>
        <source>照合待ち</source>
        <translation>Awaiting confirmation</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="197"/>
        <source>（承認待ち）</source>
        <translation>(Awaiting approval)</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="198"/>
        <source>%1（%2）&#x3000;受給者番号 %3</source>
        <translation>%1 (%2)  Recipient number %3</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="201"/>
        <source>受給者の詳細 — %1</source>
        <translation>Recipient details — %1</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="227"/>
        <source>新規登録</source>
        <translation>New record</translation>
    </message>
</context>
<context>
    <name>kohi::app::RecipientExportDialog</name>
    <message>
        <location filename="../app/client/statistics/RecipientExportDialog.cpp" line="24"/>
        <source>受給者一覧のCSV出力</source>
        <translation>Export recipients as CSV</translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RecipientExportDialog.cpp" line="29"/>
        <source>カナ氏名の先頭（例: ヤマダ）</source>
        <translation>Start of the kana name (e.g. ヤマダ)</translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RecipientExportDialog.cpp" line="37"/>
        <source>カナ氏名</source>
        <translation>Kana name</translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RecipientExportDialog.cpp" line="38"/>
        <source>受給者番号</source>
        <translation>Recipient number</translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RecipientExportDialog.cpp" line="39"/>
        <source>生年月日</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RecipientExportDialog.cpp" line="40"/>
        <source>電話番号</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RecipientExportDialog.cpp" line="42"/>
        <source>出力する項目（個人番号は出力できません）</source>
        <translation>Fields to export (My Numbers cannot be exported)</translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RecipientExportDialog.cpp" line="58"/>
        <source>Shift_JIS（CP932・Excel向け）</source>
        <translation>Shift_JIS (CP932, for Excel)</translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RecipientExportDialog.cpp" line="59"/>
        <source>UTF-8（BOM付き）</source>
        <translation>UTF-8 (with BOM)</translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RecipientExportDialog.cpp" line="60"/>
        <source>文字コード</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RecipientExportDialog.cpp" line="62"/>
        <source>CSVに出力(&amp;S)…</source>
        <translation>&amp;Save as CSV…</translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RecipientExportDialog.cpp" line="72"/>
        <source>CSVの保存先</source>
        <translation>Save CSV as</translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RecipientExportDialog.cpp" line="72"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RecipientExportDialog.cpp" line="99"/>
        <source>生年月日は YYYY-MM-DD の形で入力してください。</source>
        <translation>Enter the date of birth as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RecipientExportDialog.cpp" line="120"/>
        <source>ファイルに書き込めません（%1）。</source>
        <translation>Cannot write the file (%1).</translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RecipientExportDialog.cpp" line="123"/>
        <source>%1 件を出力しました。</source>
        <translation>Exported %1 rows.</translation>
    </message>
</context>
<context>
    <name>kohi::app::RecipientSearchModel</name>
    <message>
        <location filename="../app/client/RecipientSearchModel.cpp" line="84"/>
        <source>（承認待ち）</source>
        <translation>(Awaiting approval)</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchModel.cpp" line="110"/>
        <source>受給者番号</source>
        <translation>Recipient number</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchModel.cpp" line="112"/>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchModel.cpp" line="114"/>
        <source>カナ</source>
        <translation>Kana</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchModel.cpp" line="116"/>
        <source>生年月日</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchModel.cpp" line="118"/>
        <source>性別</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchModel.cpp" line="120"/>
        <source>市町村</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchModel.cpp" line="122"/>
        <source>電話</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchModel.cpp" line="124"/>
        <source>状態</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>kohi::app::RecipientSearchWidget</name>
    <message>
        <location filename="../app/client/RecipientSearchWidget.cpp" line="48"/>
        <source>受給者検索</source>
        <translation>Recipient search</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchWidget.cpp" line="50"/>
        <source>ヤマダ タロウ（前方一致・半角可）</source>
        <translation>ヤマダ タロウ (prefix match, half-width allowed)</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchWidget.cpp" line="52"/>
        <source>7桁</source>
        <translation>7 digits</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchWidget.cpp" line="55"/>
        <source>S45.5.5 / 1970-05-05</source>
        <translation>S45.5.5 / 1970-05-05</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchWidget.cpp" line="57"/>
        <source>072-000-0000</source>
        <translation>072-000-0000</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchWidget.cpp" line="60"/>
        <source>検索(&amp;S)</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchWidget.cpp" line="63"/>
        <source>条件クリア</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchWidget.cpp" line="66"/>
        <source>検索条件</source>
        <translation>Search criteria</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchWidget.cpp" line="68"/>
        <source>カナ氏名(&amp;K)</source>
        <translation>&amp;Kana name</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchWidget.cpp" line="69"/>
        <source>受給者番号(&amp;N)</source>
        <translation>Recipient &amp;number</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchWidget.cpp" line="70"/>
        <source>生年月日(&amp;B)</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchWidget.cpp" line="71"/>
        <source>電話番号(&amp;T)</source>
        <translation>&amp;Telephone</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchWidget.cpp" line="153"/>
        <source>生年月日: %1</source>
        <translation>Date of birth: %1</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchWidget.cpp" line="160"/>
        <source>電話番号は数字で入力してください。</source>
        <translation>Please enter the telephone number using digits.</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchWidget.cpp" line="175"/>
        <source>検索しています…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchWidget.cpp" line="200"/>
        <source>該当する受給者はいません。</source>
        <translation>No matching recipients.</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchWidget.cpp" line="202"/>
        <source>%L1 件</source>
        <translation>%L1 results</translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchWidget.cpp" line="204"/>
        <source>%L1 件を表示（続きはスクロールで表示）</source>
        <translation>Showing %L1 results (scroll to see more)</translation>
    </message>
</context>
<context>
    <name>kohi::app::RegisterStatisticsDialog</name>
    <message>
        <location filename="../app/client/statistics/RegisterStatisticsDialog.cpp" line="22"/>
        <source>受給者の統計</source>
        <translation>Recipient statistics</translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RegisterStatisticsDialog.cpp" line="25"/>
        <source>集計日</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RegisterStatisticsDialog.cpp" line="31"/>
        <source>集計(&amp;C)</source>
        <translation>&amp;Count</translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RegisterStatisticsDialog.cpp" line="38"/>
        <source>制度別</source>
        <translation>By programme</translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RegisterStatisticsDialog.cpp" line="38"/>
        <source>疾病別</source>
        <translation>By disease</translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RegisterStatisticsDialog.cpp" line="38"/>
        <source>階層区分別</source>
        <translation>By income tier</translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RegisterStatisticsDialog.cpp" line="38"/>
        <source>保健所別</source>
        <translation>By health centre</translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RegisterStatisticsDialog.cpp" line="39"/>
        <source>制度</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RegisterStatisticsDialog.cpp" line="39"/>
        <source>疾病名</source>
        <translation>Disease</translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RegisterStatisticsDialog.cpp" line="39"/>
        <source>階層区分</source>
        <translation>Income tier</translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RegisterStatisticsDialog.cpp" line="39"/>
        <source>保健所</source>
        <translation>Health centre</translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RegisterStatisticsDialog.cpp" line="44"/>
        <source>受給者数</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RegisterStatisticsDialog.cpp" line="87"/>
        <source>%1 に有効な受給者証: %2 人</source>
        <translation>Certificates valid on %1: %2 recipients</translation>
    </message>
</context>
<context>
    <name>kohi::app::RejectionDialog</name>
    <message>
        <location filename="../app/client/RejectionDialog.cpp" line="23"/>
        <source>登録者証の交付（医療費は不認定） — %1</source>
        <translation>Registration card (benefit not certified) — %1</translation>
    </message>
    <message>
        <location filename="../app/client/RejectionDialog.cpp" line="24"/>
        <source>不認定 — %1</source>
        <translation>Not certified — %1</translation>
    </message>
    <message>
        <location filename="../app/client/RejectionDialog.cpp" line="32"/>
        <source>診断基準を満たさない</source>
        <translation>Diagnostic criteria not met</translation>
    </message>
    <message>
        <location filename="../app/client/RejectionDialog.cpp" line="33"/>
        <source>診断基準は満たすが、重症度分類等を満たさない</source>
        <translation>Diagnostic criteria met, severity criteria not met</translation>
    </message>
    <message>
        <location filename="../app/client/RejectionDialog.cpp" line="35"/>
        <source>その他（理由欄のとおり）</source>
        <translation>Other (as in the reasons)</translation>
    </message>
    <message>
        <location filename="../app/client/RejectionDialog.cpp" line="48"/>
        <source>審査会の開催日(&amp;C)</source>
        <translation>Review board &amp;date</translation>
    </message>
    <message>
        <location filename="../app/client/RejectionDialog.cpp" line="49"/>
        <source>審査の結果(&amp;K)</source>
        <translation>Review &amp;result</translation>
    </message>
    <message>
        <location filename="../app/client/RejectionDialog.cpp" line="51"/>
        <source>不認定の理由(&amp;J)&#x3000;— 申請者への通知書に印刷されます（例: 提出された臨床調査個人票の内容では、重症度分類等の基準を満たしていません）</source>
        <translation>Reasons for refusal — printed on the notice to the applicant (e.g. the submitted clinical report does not meet the severity criteria)</translation>
    </message>
    <message>
        <location filename="../app/client/RejectionDialog.cpp" line="57"/>
        <source>内部メモ(&amp;M)&#x3000;— 職員だけが見ます。通知書には印刷されません（任意）</source>
        <translation>Internal &amp;memo — seen by staff only, never printed on the notice (optional)</translation>
    </message>
    <message>
        <location filename="../app/client/RejectionDialog.cpp" line="61"/>
        <source>登録者証を交付</source>
        <translation>Issue registration card</translation>
    </message>
    <message>
        <location filename="../app/client/RejectionDialog.cpp" line="61"/>
        <source>不認定とする</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location filename="../app/client/RejectionDialog.cpp" line="65"/>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/client/RejectionDialog.cpp" line="73"/>
        <source>診断基準を満たし、重症度分類等のみを満たさないため医療費の助成は認定せず、登録者証を交付します。不認定通知書（教示付き）と登録者証が印刷できるようになります。</source>
        <translation>The diagnostic criteria are met and only the severity criteria are not: the medical benefit is not certified and a registration card is issued. The refusal notice (with the appeal instructions) and the registration card can then be printed.</translation>
    </message>
</context>
<context>
    <name>kohi::app::RenewalBatchDialog</name>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="56"/>
        <source>一斉更新</source>
        <translation>Mass renewal</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="59"/>
        <source>新しい一斉更新</source>
        <translation>New mass renewal</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="64"/>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="207"/>
        <source>法別%1</source>
        <translation>Law %1</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="75"/>
        <source>対象を選んで作成(&amp;C)</source>
        <translation>Select recipients and &amp;create</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="77"/>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="85"/>
        <source>制度</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="78"/>
        <source>有効期間の終了日</source>
        <translation>Certificates ending on</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="79"/>
        <source>通知日</source>
        <translation>Notice date</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="80"/>
        <source>提出期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="85"/>
        <source>番号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="85"/>
        <source>終了日</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="85"/>
        <source>状態</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="86"/>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="128"/>
        <source>通知</source>
        <translation>Notices</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="86"/>
        <source>提出</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="86"/>
        <source>承認</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="86"/>
        <source>証の印刷</source>
        <translation>Certificates printed</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="100"/>
        <source>通知を作成(&amp;N)…</source>
        <translation>Generate &amp;notices…</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="102"/>
        <source>中止(&amp;S)</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="104"/>
        <source>取り消す(&amp;X)…</source>
        <translation>Cancel batch (&amp;X)…</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="106"/>
        <source>再開(&amp;R)</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="108"/>
        <source>新しい受給者証を一括印刷(&amp;P)…</source>
        <translation>&amp;Print new certificates…</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="116"/>
        <source>提出状況</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="119"/>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="362"/>
        <source>未提出</source>
        <translation>Not received</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="120"/>
        <source>提出済み</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="121"/>
        <source>承認済み・証の未印刷</source>
        <translation>Approved, certificate not printed</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="122"/>
        <source>すべて</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="128"/>
        <source>整理番号</source>
        <translation>Seq.</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="128"/>
        <source>受給者番号</source>
        <translation>Recipient number</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="128"/>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="128"/>
        <source>保健所</source>
        <translation>Health centre</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="128"/>
        <source>更新申請</source>
        <translation>Renewal application</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="144"/>
        <source>通知の出力先</source>
        <translation>Output folder for notices</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="155"/>
        <source>一斉更新の取り消し</source>
        <translation>Cancel mass renewal</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="155"/>
        <source>取り消しの理由</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="161"/>
        <source>受給者証の出力先</source>
        <translation>Output folder for certificates</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="209"/>
        <source>取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="209"/>
        <source>実行中</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="228"/>
        <source>通知 %1 / %2 件（PDF %3 / %4）</source>
        <translation>Notices %1 / %2 (PDF %3 / %4)</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="260"/>
        <source>一斉更新のバッチ %1 を作成しました（対象 %2 人）。</source>
        <translation>Created mass renewal batch %1 (%2 recipients).</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="270"/>
        <source>一斉更新のバッチを選んでください。</source>
        <translation>Select a mass renewal batch.</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="281"/>
        <source>通知を作成しています…（出力先 %1）</source>
        <translation>Generating notices… (into %1)</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="292"/>
        <source>中止しました（作成済み %1 件）。「通知を作成」で続きから作成します。</source>
        <translation>Stopped (%1 generated). &quot;Generate notices&quot; continues where it stopped.</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="298"/>
        <source>通知をすべて作成しました（今回 %1 件、PDF %2）。</source>
        <translation>All notices generated (%1 this run, %2 PDFs).</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="302"/>
        <source>バッチは取り消されています（今回 %1 件）。</source>
        <translation>The batch is cancelled (%1 this run).</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="310"/>
        <source>通知 %1 / %2 件</source>
        <translation>Notices %1 / %2</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="332"/>
        <source>一斉更新のバッチ %1 を取り消しました。作成済みの通知はそのままです。</source>
        <translation>Cancelled mass renewal batch %1. Notices already generated are kept.</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="346"/>
        <source>一斉更新のバッチ %1 を再開しました（未作成の通知 %2 件）。</source>
        <translation>Resumed mass renewal batch %1 (%2 notices to generate).</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="363"/>
        <source>承認済み</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="364"/>
        <source>差戻し</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="365"/>
        <source>受付済み</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="369"/>
        <source>作成済み</source>
        <translation>Generated</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="369"/>
        <source>未作成</source>
        <translation>Not generated</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="396"/>
        <source>PDFファイルを作成できません: %1</source>
        <translation>Cannot create the PDF file: %1</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="417"/>
        <source>新しい受給者証 %1 枚を出力しました。</source>
        <translation>Wrote %1 new certificates.</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="418"/>
        <source>%1 枚を出力したところで止まりました: %2</source>
        <translation>Stopped after %1 certificates: %2</translation>
    </message>
</context>
<context>
    <name>kohi::app::RenewalNoticePdf</name>
    <message>
        <location filename="../app/client/renewal/RenewalNoticePdf.cpp" line="26"/>
        <source>受給者証の更新申請のお知らせ</source>
        <translation>Notice of certificate renewal application</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalNoticePdf.cpp" line="32"/>
        <source>PDFを書き始められませんでした。</source>
        <translation>Could not start writing the PDF.</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalNoticePdf.cpp" line="44"/>
        <source>PDFを書き終えられませんでした。</source>
        <translation>Could not finish writing the PDF.</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalNoticePdf.cpp" line="52"/>
        <source>PDFファイルを作成できません: %1</source>
        <translation>Cannot create the PDF file: %1</translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalNoticePdf.cpp" line="58"/>
        <source>PDFファイルを保存できません: %1</source>
        <translation>Cannot save the PDF file: %1</translation>
    </message>
</context>
<context>
    <name>kohi::app::RenewalNoticeRun</name>
    <message>
        <location filename="../app/client/renewal/RenewalNoticeRun.cpp" line="16"/>
        <source>出力先のフォルダーを作成できません: %1</source>
        <translation>Cannot create the output folder: %1</translation>
    </message>
</context>
<context>
    <name>kohi::app::RetentionWidget</name>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="51"/>
        <source>Kohi — 保存期間・廃棄</source>
        <translation>Kohi — Retention and disposal</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="54"/>
        <source>保存期間を過ぎた個人番号と書類</source>
        <translation>My Numbers and documents past their retention</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="59"/>
        <source>一覧を更新</source>
        <translation>Refresh list</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="62"/>
        <source>基準日</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="68"/>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="120"/>
        <source>受給者番号</source>
        <translation>Recipient number</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="68"/>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="120"/>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="68"/>
        <source>法別</source>
        <translation>Law code</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="68"/>
        <source>終了日</source>
        <translation>Ended on</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="69"/>
        <source>終了の理由</source>
        <translation>Reason for ending</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="69"/>
        <source>保存期限</source>
        <translation>Retention until</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="69"/>
        <source>個人番号</source>
        <translation>My Number</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="70"/>
        <source>廃棄の提案</source>
        <translation>Disposal proposal</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="79"/>
        <source>認定が終了し、制度ごとの保存期間（設定 retention_years_&lt;法別番号&gt;）を過ぎた受給者です。廃棄は担当者が提案し、別の職員（承認者）が承認したときに個人番号を消去します。消去した番号は元に戻せません。</source>
        <translation>Recipients whose certification has ended and whose retention period per programme (setting retention_years_&lt;law code&gt;) has passed. A clerk proposes the disposal; the My Numbers are erased when another staff member (an approver) approves it. Erased numbers cannot be restored.</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="91"/>
        <source> 枚</source>
        <translation> sheets</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="96"/>
        <source>例: 申請書、個人番号カードの写し（個人番号は書かない）</source>
        <translation>e.g. application form, copy of the My Number card (never write a My Number)</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="100"/>
        <source>例: 保存期間満了のため</source>
        <translation>e.g. retention period over</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="101"/>
        <source>廃棄を提案</source>
        <translation>Propose disposal</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="104"/>
        <source>廃棄する書類</source>
        <translation>Documents to destroy</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="105"/>
        <source>書類の内容</source>
        <translation>Which documents</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="106"/>
        <source>廃棄の理由</source>
        <translation>Reason for disposal</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="115"/>
        <source>認定の終了と廃棄の提案</source>
        <translation>Proposals to end certifications and to dispose</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="118"/>
        <source>死亡・転出による認定の終了と、個人番号・書類の廃棄は、担当者が提案し、提案者とは別の承認者が承認します。自分の提案は承認できません（取り下げはできます）。</source>
        <translation>Ending a certification on death or move-out, and disposing of My Numbers and documents, is proposed by a clerk and approved by an approver other than the proposer. You cannot approve your own proposal (you can withdraw it).</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="120"/>
        <source>番号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="120"/>
        <source>種類</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="120"/>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="120"/>
        <source>提案者</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="121"/>
        <source>提案日時</source>
        <translation>Proposed at</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="121"/>
        <source>状態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="121"/>
        <source>決定者</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="121"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="122"/>
        <source>確認した内容など（却下・取り下げには必須、200文字以内、個人番号は書かない）</source>
        <translation>What you checked (required to reject or withdraw, up to 200 characters, never a My Number)</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="123"/>
        <source>廃棄証明書…</source>
        <translation>Disposal certificate…</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="125"/>
        <source>承認された廃棄の証明書（個人番号は記載しません）</source>
        <translation>Certificate of an approved disposal (contains no My Number)</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="197"/>
        <source>%1 件</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="198"/>
        <source>提案 %1（承認待ち）</source>
        <translation>Proposal %1 (awaiting approval)</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="212"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="213"/>
        <source>個人番号の消去、書類 %1 枚</source>
        <translation>Erase My Numbers, %1 document sheets</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="214"/>
        <source>承認待ち</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="215"/>
        <source>承認済み</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="216"/>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="275"/>
        <source>却下</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="217"/>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="275"/>
        <source>取り下げ</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="219"/>
        <source>認定の終了</source>
        <translation>End of certification</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="219"/>
        <source>廃棄</source>
        <translation>Disposal</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="224"/>
        <source>承認を待っている提案はありません。</source>
        <translation>No proposals are awaiting approval.</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="281"/>
        <source>提案 %1: %2 %3 の認定を %4 で終了（%5）。</source>
        <translation>Proposal %1: end the certification of %2 %3 on %4 (%5).</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="284"/>
        <source>提案 %1: %2 %3 の個人番号を消去し、書類 %4 枚（%5）を廃棄。</source>
        <translation>Proposal %1: erase the My Numbers of %2 %3 and destroy %4 document sheets (%5).</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="288"/>
        <source>なし</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="289"/>
        <source>提案者 %1。</source>
        <translation>Proposed by %1.</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="291"/>
        <source>自分の提案は承認できません。別の職員の承認を待ってください。</source>
        <translation>You cannot approve your own proposal. Wait for another staff member to approve it.</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="314"/>
        <source>廃棄を提案しました（提案 %1）。別の職員の承認で個人番号を消去します。</source>
        <translation>Disposal proposed (proposal %1). The My Numbers are erased when another staff member approves.</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="342"/>
        <source>提案 %1 を承認しました。認定を終了しました。</source>
        <translation>Proposal %1 approved. The certification has ended.</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="343"/>
        <source>提案 %1 を承認しました。個人番号 %2 件を消去し、廃棄記録 %3 を残しました。</source>
        <translation>Proposal %1 approved. %2 My Numbers erased; disposal record %3 kept.</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="365"/>
        <source>提案 %1 を取り下げました。</source>
        <translation>Proposal %1 withdrawn.</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="366"/>
        <source>提案 %1 を却下しました。</source>
        <translation>Proposal %1 rejected.</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="375"/>
        <source>承認された廃棄の提案を選んでください。</source>
        <translation>Select an approved disposal proposal.</translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="404"/>
        <source>Kohi — 個人番号等廃棄証明書</source>
        <translation>Kohi — Certificate of My Number and document disposal</translation>
    </message>
</context>
<context>
    <name>kohi::app::ReturnReasonDialog</name>
    <message>
        <location filename="../app/client/ReturnReasonDialog.cpp" line="19"/>
        <source>差戻し — %1</source>
        <translation>Return — %1</translation>
    </message>
    <message>
        <location filename="../app/client/ReturnReasonDialog.cpp" line="20"/>
        <source>差戻しの理由を入力してください。担当者（入力者）だけに表示され、申請者への通知には印刷されません（例: 保険証の写しが添付されていません）。</source>
        <translation>Enter the reason for returning it. Only the staff (the person who entered it) see it; it is never printed on a letter to the applicant (e.g. the copy of the insurance card is missing).</translation>
    </message>
    <message>
        <location filename="../app/client/ReturnReasonDialog.cpp" line="30"/>
        <source>差戻し</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../app/client/ReturnReasonDialog.cpp" line="33"/>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>kohi::app::StaffProposalWidget</name>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="34"/>
        <source>（職務なし）</source>
        <translation>(No duties)</translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="42"/>
        <source>パスワードを再発行（承認した管理者に表示）</source>
        <translation>Reset the password (shown to the approving administrator)</translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="48"/>
        <source>付与: %1（変更後: %2）</source>
        <translation>Grant: %1 (afterwards: %2)</translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="58"/>
        <source>Kohi — 職員の提案の承認</source>
        <translation>Kohi — Staff proposals to approve</translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="62"/>
        <source>承認者・個人番号閲覧者・監査担当・ユーザー管理者の職務の付与と、それらの職務を持つ職員のパスワードの再発行は、ひとりのユーザー管理者が提案し、別のユーザー管理者が承認したときに実行されます。自分の提案と、自分が対象の提案は承認できません。承認で発行されたパスワードは、承認したあなたに一度だけ表示されます。本人に直接渡してください。</source>
        <translation>Granting the approver, My Number viewer, auditor or user administrator duty, and resetting the password of staff holding one, is proposed by one user administrator and carried out when another user administrator approves it. You cannot approve your own proposals or proposals about yourself. A password issued by an approval is shown once, to you as the approver. Hand it to the person directly.</translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="67"/>
        <source>番号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="67"/>
        <source>種類</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="67"/>
        <source>ユーザー</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="67"/>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="67"/>
        <source>提案者</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="67"/>
        <source>提案日時</source>
        <translation>Proposed at</translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="68"/>
        <source>状態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="68"/>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="69"/>
        <source>本人確認・上長の確認など（任意、200文字以内）</source>
        <translation>Identity or supervisor check, etc. (optional, up to 200 characters)</translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="173"/>
        <source>却下</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="132"/>
        <source>承認できる提案です</source>
        <translation>You can approve this proposal</translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="140"/>
        <source>承認を待っている職員の提案はありません。</source>
        <translation>No staff proposals are waiting for approval.</translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="173"/>
        <source>取り下げ</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="176"/>
        <source>提案を選んでください。</source>
        <translation>Select a proposal.</translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="179"/>
        <source>提案 %1: %2、ユーザー %3（%4）: %5。提案者 %6、状態 %7。</source>
        <translation>Proposal %1: %2, user %3 (%4): %5. Proposed by %6, status %7.</translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="184"/>
        <source>理由: %1。</source>
        <translation>Reason: %1.</translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="186"/>
        <source>承認すると初期パスワードが発行され、あなたに一度だけ表示されます。</source>
        <translation>Approving issues an initial password, shown once to you.</translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="188"/>
        <source>自分の提案は承認できません。別のユーザー管理者の承認を待ってください。</source>
        <translation>You cannot approve your own proposal. Wait for another user administrator to approve it.</translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="190"/>
        <source>自分が対象の提案は承認できません。</source>
        <translation>You cannot approve a proposal about yourself.</translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="207"/>
        <source>提案 %1 を承認し、ユーザー「%2」に実行しました。</source>
        <translation>Proposal %1 approved and carried out for user &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="234"/>
        <source>提案 %1 を取り下げました。</source>
        <translation>Proposal %1 withdrawn.</translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="235"/>
        <source>提案 %1 を却下しました。</source>
        <translation>Proposal %1 rejected.</translation>
    </message>
</context>
<context>
    <name>kohi::app::StaffTableModel</name>
    <message>
        <location filename="../app/client/StaffTableModel.cpp" line="50"/>
        <source>無効</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../app/client/StaffTableModel.cpp" line="52"/>
        <source>ロック中</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../app/client/StaffTableModel.cpp" line="53"/>
        <source>有効</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../app/client/StaffTableModel.cpp" line="78"/>
        <source>（なし）</source>
        <translation>(None)</translation>
    </message>
    <message>
        <location filename="../app/client/StaffTableModel.cpp" line="85"/>
        <source>要</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../app/client/StaffTableModel.cpp" line="89"/>
        <source>未ログイン</source>
        <translation>Never logged in</translation>
    </message>
    <message>
        <location filename="../app/client/StaffTableModel.cpp" line="101"/>
        <source>ユーザーID</source>
        <translation>User ID</translation>
    </message>
    <message>
        <location filename="../app/client/StaffTableModel.cpp" line="103"/>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/client/StaffTableModel.cpp" line="105"/>
        <source>職務</source>
        <translation>Duties</translation>
    </message>
    <message>
        <location filename="../app/client/StaffTableModel.cpp" line="107"/>
        <source>状態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/client/StaffTableModel.cpp" line="109"/>
        <source>失敗回数</source>
        <translation>Failed attempts</translation>
    </message>
    <message>
        <location filename="../app/client/StaffTableModel.cpp" line="111"/>
        <source>要パスワード変更</source>
        <translation>Password change required</translation>
    </message>
    <message>
        <location filename="../app/client/StaffTableModel.cpp" line="113"/>
        <source>最終ログイン</source>
        <translation>Last login</translation>
    </message>
</context>
<context>
    <name>kohi::app::UserAdminWidget</name>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="39"/>
        <source>Kohi — ユーザー管理</source>
        <translation>Kohi — User administration</translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="54"/>
        <source>新規作成(&amp;N)</source>
        <translation>&amp;New user</translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="55"/>
        <source>職務の変更(&amp;D)</source>
        <translation>Change &amp;duties</translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="56"/>
        <location filename="../app/client/UserAdminWidget.cpp" line="300"/>
        <source>無効化</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="57"/>
        <location filename="../app/client/UserAdminWidget.cpp" line="320"/>
        <source>有効化</source>
        <translation>Enable</translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="58"/>
        <location filename="../app/client/UserAdminWidget.cpp" line="339"/>
        <source>ロック解除</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="59"/>
        <location filename="../app/client/UserAdminWidget.cpp" line="387"/>
        <source>パスワード再発行</source>
        <translation>Reissue password</translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="60"/>
        <source>最新の情報に更新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="85"/>
        <source>職員アカウント</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="86"/>
        <source>ポリシー設定</source>
        <translation>Policy settings</translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="89"/>
        <source>職員の提案の承認</source>
        <translation>Staff proposals</translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="206"/>
        <source>ユーザーの新規作成</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="207"/>
        <source>次のユーザーを作成します。よろしいですか？

ユーザーID: %1
氏名: %2
職務: %3</source>
        <translation>Create the following user?

User ID: %1
Name: %2
Duties: %3</translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="208"/>
        <source>（なし）</source>
        <translation>(None)</translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="222"/>
        <source>ユーザー「%1」を作成し、承認が必要な職務を提案しました（番号 %2）。別のユーザー管理者が承認すると職務が付与され、初期パスワードは承認した管理者に表示されます。</source>
        <translation>User &quot;%1&quot; created; the duties that need approval were proposed (No. %2). When another user administrator approves, the duties are granted and the initial password is shown to that administrator.</translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="230"/>
        <source>ユーザー「%1」を作成しました。</source>
        <translation>User &quot;%1&quot; created.</translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="255"/>
        <source>職務の変更</source>
        <translation>Change duties</translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="256"/>
        <source>ユーザー「%1」の職務を次の内容に置き換えます。よろしいですか？

%2</source>
        <translation>Replace the duties of user &quot;%1&quot; with the following?

%2</translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="257"/>
        <location filename="../app/client/UserAdminWidget.cpp" line="277"/>
        <source>（職務なし）</source>
        <translation>(No duties)</translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="264"/>
        <source>ユーザー「%1」の職務を変更しました。</source>
        <translation>Duties of user &quot;%1&quot; changed.</translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="273"/>
        <source>職務の付与の提案</source>
        <translation>Propose granting duties</translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="274"/>
        <source>ユーザー「%1」の職務を次の内容にすることを提案します。承認者・個人番号閲覧者・監査担当・ユーザー管理者の付与には、別のユーザー管理者の承認が必要です。よろしいですか？

%2</source>
        <translation>Propose the following duties for user &quot;%1&quot;? Granting the approver, My Number viewer, auditor or user administrator duty needs another user administrator&apos;s approval.

%2</translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="285"/>
        <source>ユーザー「%1」の職務の付与を提案しました（番号 %2）。別のユーザー管理者が承認すると付与されます。</source>
        <translation>Granting duties to user &quot;%1&quot; proposed (No. %2). They are granted when another user administrator approves.</translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="301"/>
        <source>ユーザー「%1」（%2）を無効にします。ログインできなくなり、接続中の画面も切断されます。よろしいですか？</source>
        <translation>Disable user &quot;%1&quot; (%2)? They will no longer be able to log in, and any open session will be disconnected.</translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="310"/>
        <source>ユーザー「%1」を無効にしました。</source>
        <translation>User &quot;%1&quot; disabled.</translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="321"/>
        <source>ユーザー「%1」（%2）を有効にします。よろしいですか？</source>
        <translation>Enable user &quot;%1&quot; (%2)?</translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="328"/>
        <source>ユーザー「%1」を有効にしました。</source>
        <translation>User &quot;%1&quot; enabled.</translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="340"/>
        <source>ユーザー「%1」（%2）のロックを解除し、失敗回数を0に戻します。本人確認は済んでいますか？</source>
        <translation>Unlock user &quot;%1&quot; (%2) and reset the failed attempts to 0? Have you verified the user&apos;s identity?</translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="352"/>
        <source>ユーザー「%1」のロックを解除しました。</source>
        <translation>User &quot;%1&quot; unlocked.</translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="353"/>
        <source>ユーザー「%1」はロックされていませんでした（失敗回数は0に戻しました）。</source>
        <translation>User &quot;%1&quot; was not locked (failed attempts reset to 0).</translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="367"/>
        <source>パスワード再発行の提案</source>
        <translation>Propose a password reset</translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="368"/>
        <source>ユーザー「%1」（%2）は承認が必要な職務を持っているため、パスワードの再発行を提案します。別のユーザー管理者が承認すると再発行され、新しいパスワードは承認した管理者に表示されます。本人確認は済んでいますか？</source>
        <translation>User &quot;%1&quot; (%2) holds a duty that needs approval, so the password reset is proposed. When another user administrator approves, the password is reset and the new one is shown to that administrator. Have you confirmed the person&apos;s identity?</translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="379"/>
        <source>ユーザー「%1」のパスワードの再発行を提案しました（番号 %2）。</source>
        <translation>Password reset for user &quot;%1&quot; proposed (No. %2).</translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="388"/>
        <source>ユーザー「%1」（%2）のパスワードを再発行します。今のパスワードは使えなくなり、接続中の画面は切断されます。本人確認は済んでいますか？</source>
        <translation>Reissue the password of user &quot;%1&quot; (%2)? The current password will stop working and any open session will be disconnected. Have you verified the user&apos;s identity?</translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="399"/>
        <source>ユーザー「%1」のパスワードを再発行しました。次回ログイン時に変更が必要です。</source>
        <translation>Password of user &quot;%1&quot; reissued. It must be changed at next login.</translation>
    </message>
</context>
<context>
    <name>kohi::app::WithdrawalDialog</name>
    <message>
        <location filename="../app/client/WithdrawalDialog.cpp" line="19"/>
        <source>申請の取下げ — %1</source>
        <translation>Withdrawal of the application — %1</translation>
    </message>
    <message>
        <location filename="../app/client/WithdrawalDialog.cpp" line="20"/>
        <source>申請者から取下げ書を受け付けたときに記録します。この申請は終了し、取下げ受理通知書が印刷できるようになります。元に戻せません。</source>
        <translation>Record this when the applicant&apos;s withdrawal form has been received. The application ends and the withdrawal acceptance notice can be printed. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../app/client/WithdrawalDialog.cpp" line="32"/>
        <source>取下げ書の受付日(&amp;D)</source>
        <translation>&amp;Date the withdrawal form was received</translation>
    </message>
    <message>
        <location filename="../app/client/WithdrawalDialog.cpp" line="34"/>
        <source>取下げを記録</source>
        <translation>Record withdrawal</translation>
    </message>
    <message>
        <location filename="../app/client/WithdrawalDialog.cpp" line="36"/>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>kohi::crypto::KeyPair</name>
    <message>
        <location filename="../core/crypto/KeyPair.cpp" line="28"/>
        <source>鍵ペアを生成できませんでした（乱数生成器のエラー）。</source>
        <translation>The key pair could not be generated (random number generator error).</translation>
    </message>
    <message>
        <location filename="../core/crypto/KeyPair.cpp" line="37"/>
        <source>秘密鍵の長さが正しくありません（X25519 秘密鍵は 32 バイトです）。</source>
        <translation>The private key has the wrong length (an X25519 private key is 32 bytes).</translation>
    </message>
    <message>
        <location filename="../core/crypto/KeyPair.cpp" line="54"/>
        <source>秘密鍵を読み込めませんでした（暗号ライブラリの内部エラー）。</source>
        <translation>The private key could not be loaded (internal error in the cryptographic library).</translation>
    </message>
</context>
<context>
    <name>kohi::crypto::KeyWrapper</name>
    <message>
        <location filename="../core/crypto/KeyWrapper.cpp" line="29"/>
        <source>鍵データの形式が正しくありません（対応していない版か、破損しています）。鍵の登録をやり直してください。</source>
        <translation>The key data is malformed (unsupported version or corrupted). Please register the key again.</translation>
    </message>
    <message>
        <location filename="../core/crypto/KeyWrapper.cpp" line="37"/>
        <source>復号用パスフレーズが正しくありません。</source>
        <translation>The decryption passphrase is incorrect.</translation>
    </message>
    <message>
        <location filename="../core/crypto/KeyWrapper.cpp" line="101"/>
        <source>保護する秘密鍵がありません。</source>
        <translation>There is no private key to protect.</translation>
    </message>
    <message>
        <location filename="../core/crypto/KeyWrapper.cpp" line="105"/>
        <location filename="../core/crypto/KeyWrapper.cpp" line="154"/>
        <source>復号用パスフレーズを入力してください。</source>
        <translation>Please enter the decryption passphrase.</translation>
    </message>
    <message>
        <location filename="../core/crypto/KeyWrapper.cpp" line="110"/>
        <source>Argon2id のパラメータが範囲外です。</source>
        <translation>The Argon2id parameters are out of range.</translation>
    </message>
    <message>
        <location filename="../core/crypto/KeyWrapper.cpp" line="138"/>
        <source>秘密鍵を保護できませんでした（暗号ライブラリのエラー）。</source>
        <translation>The private key could not be protected (cryptographic library error).</translation>
    </message>
    <message>
        <location filename="../core/crypto/KeyWrapper.cpp" line="178"/>
        <source>秘密鍵を復元できませんでした（暗号ライブラリのエラー）。</source>
        <translation>The private key could not be restored (cryptographic library error).</translation>
    </message>
</context>
<context>
    <name>kohi::crypto::PublicKey</name>
    <message>
        <location filename="../core/crypto/PublicKey.cpp" line="38"/>
        <source>公開鍵の長さが正しくありません（X25519 公開鍵は 32 バイトです）。</source>
        <translation>The public key has the wrong length (an X25519 public key is 32 bytes).</translation>
    </message>
    <message>
        <location filename="../core/crypto/PublicKey.cpp" line="44"/>
        <source>公開鍵が不正です（使用できない X25519 の点です）。</source>
        <translation>The public key is invalid (an unusable X25519 point).</translation>
    </message>
    <message>
        <location filename="../core/crypto/PublicKey.cpp" line="58"/>
        <source>公開鍵を読み込めませんでした（暗号ライブラリの内部エラー）。</source>
        <translation>The public key could not be loaded (internal error in the cryptographic library).</translation>
    </message>
    <message>
        <location filename="../core/crypto/PublicKey.cpp" line="71"/>
        <source>公開鍵の Base64 表記が正しくありません。設定ファイルを確認してください。</source>
        <translation>The Base64 form of the public key is invalid. Please check the settings file.</translation>
    </message>
</context>
<context>
    <name>kohi::crypto::Sealer</name>
    <message>
        <location filename="../core/crypto/Sealer.cpp" line="22"/>
        <source>マイナンバーを復号できませんでした。データが破損・改ざんされているか、この鍵では復号できない暗号文です。</source>
        <translation>The My Number could not be decrypted. The data is corrupted or has been tampered with, or it cannot be decrypted with this key.</translation>
    </message>
    <message>
        <location filename="../core/crypto/Sealer.cpp" line="84"/>
        <source>暗号化用の公開鍵が設定されていません。システム管理者に連絡してください。</source>
        <translation>No public key for encryption is configured. Please contact the system administrator.</translation>
    </message>
    <message>
        <location filename="../core/crypto/Sealer.cpp" line="100"/>
        <location filename="../core/crypto/Sealer.cpp" line="169"/>
        <source>マイナンバーを暗号化できませんでした（暗号ライブラリのエラー）。</source>
        <translation>The My Number could not be encrypted (cryptographic library error).</translation>
    </message>
    <message>
        <location filename="../core/crypto/Sealer.cpp" line="112"/>
        <source>復号用の鍵が読み込まれていません。</source>
        <translation>The decryption key has not been loaded.</translation>
    </message>
    <message>
        <location filename="../core/crypto/Sealer.cpp" line="161"/>
        <source>マイナンバーを暗号化できませんでした（引数が不正です）。</source>
        <translation>The My Number could not be encrypted (invalid argument).</translation>
    </message>
</context>
<context>
    <name>kohi::crypto::SelfTest</name>
    <message>
        <location filename="../core/crypto/SelfTest.cpp" line="203"/>
        <source>暗号機能の自己診断に失敗しました（%1）。マイナンバーを安全に扱えないため起動を中止します。システム管理者に連絡してください。</source>
        <translation>The cryptographic self-test failed (%1). Start-up has been stopped because My Numbers cannot be handled safely. Please contact the system administrator.</translation>
    </message>
</context>
<context>
    <name>kohi::db::ApiError</name>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="201"/>
        <source>この操作を行う権限がありません。</source>
        <extracomment>db/ApiError.cpp</extracomment>
        <translation>You do not have permission to perform this operation.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="203"/>
        <source>データベースとの接続が切れました。ログインし直してください。</source>
        <extracomment>db/ApiError.cpp</extracomment>
        <translation>The connection to the database was lost. Please log in again.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="205"/>
        <source>既に登録されている内容と重複するため、処理できませんでした（SQLSTATE 23505）。システム管理者に連絡してください。</source>
        <extracomment>db/ApiError.cpp</extracomment>
        <translation>This could not be processed because it duplicates an existing record (SQLSTATE 23505). Please contact the system administrator.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="208"/>
        <source>入力内容の形式が正しくないため、サーバーが受け付けませんでした（SQLSTATE %1）。入力を確認してください。</source>
        <extracomment>db/ApiError.cpp</extracomment>
        <translation>The server rejected the input because its format is invalid (SQLSTATE %1). Please check your input.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="211"/>
        <source>データベースでエラーが発生しました（SQLSTATE %1）。</source>
        <extracomment>db/ApiError.cpp</extracomment>
        <translation>A database error occurred (SQLSTATE %1).</translation>
    </message>
</context>
<context>
    <name>kohi::db::ApplicationRepository</name>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="213"/>
        <source>保存の結果が返されませんでした。</source>
        <extracomment>db/ApplicationRepository.cpp</extracomment>
        <translation>No result was returned for the save.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="215"/>
        <source>申請が見つかりません。担当外の制度の申請は表示できません。</source>
        <extracomment>db/ApplicationRepository.cpp</extracomment>
        <translation>Application not found. Applications of programmes outside your duties cannot be shown.</translation>
    </message>
</context>
<context>
    <name>kohi::db::ClusterGlobals</name>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="217"/>
        <source>データベースを読めません: %1</source>
        <extracomment>db/ClusterGlobals.cpp</extracomment>
        <translation>Cannot read the database: %1</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="219"/>
        <location filename="lupdate/HelperStrings.cpp" line="235"/>
        <source>バックアップと復元はデータベース管理者（スーパーユーザー）で実行してください。</source>
        <extracomment>db/ClusterGlobals.cpp</extracomment>
        <translation>Run backup and restore as the database administrator (superuser).</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="221"/>
        <source>ロールを読めません: %1</source>
        <extracomment>db/ClusterGlobals.cpp</extracomment>
        <translation>Cannot read the roles: %1</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="223"/>
        <source>ロール名に使えない文字があります: %1</source>
        <extracomment>db/ClusterGlobals.cpp</extracomment>
        <translation>A role name contains a character that cannot be carried: %1</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="225"/>
        <source>ロールの所属を読めません: %1</source>
        <extracomment>db/ClusterGlobals.cpp</extracomment>
        <translation>Cannot read the role memberships: %1</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="227"/>
        <source>ロックの状態を読めません: %1</source>
        <extracomment>db/ClusterGlobals.cpp</extracomment>
        <translation>Cannot read the lock state: %1</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="229"/>
        <source>バックアップの付属ファイル（.globals）の形式が違います。</source>
        <extracomment>db/ClusterGlobals.cpp</extracomment>
        <translation>The backup&apos;s companion file (.globals) has the wrong format.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="231"/>
        <source>バックアップの付属ファイル（.globals）の %1 行目を解釈できません。</source>
        <extracomment>db/ClusterGlobals.cpp</extracomment>
        <translation>Cannot read line %1 of the backup&apos;s companion file (.globals).</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="233"/>
        <source>バックアップの付属ファイル（.globals）が不完全です。</source>
        <extracomment>db/ClusterGlobals.cpp</extracomment>
        <translation>The backup&apos;s companion file (.globals) is incomplete.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="237"/>
        <source>復元先のクラスターにはデータベース %1 が既にあります。上書きはしません（別のクラスターに復元するか、そのデータベースを退避してください）。</source>
        <extracomment>db/ClusterGlobals.cpp</extracomment>
        <translation>The target cluster already has a database %1. It is not overwritten (restore into another cluster, or move that database away).</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="240"/>
        <source>復元先のクラスターにスーパーユーザー %1 がありません（バックアップ元でオブジェクトを所有しています）。同じ名前のデータベース管理者を作ってから復元してください。</source>
        <extracomment>db/ClusterGlobals.cpp</extracomment>
        <translation>The target cluster has no superuser %1 (it owns objects in the source). Create a database administrator of that name, then restore.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="244"/>
        <source>復元先のクラスターに、バックアップのログインロールと同じ名前のロールが既にあります: %1。Kohi のない新しいクラスターに復元してください。</source>
        <extracomment>db/ClusterGlobals.cpp</extracomment>
        <translation>The target cluster already has roles named like login roles of the backup: %1. Restore into a new cluster without Kohi.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="247"/>
        <source>復元先のサーバーで個人番号のハッシュ鍵を使えません（kohi_auth.hmac_key_file を設定し、バックアップ元と同じ鍵ファイルを置いてください）: %1</source>
        <extracomment>db/ClusterGlobals.cpp</extracomment>
        <translation>The target server cannot use the My Number hashing key (set kohi_auth.hmac_key_file and put the source&apos;s key file there): %1</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="250"/>
        <source>復元先のサーバーの個人番号のハッシュ鍵（kohi_auth.hmac_key_file）がバックアップ元と異なります。鍵ファイルはバックアップに含まれません。元の鍵ファイルを安全な経路で移してから復元してください。何も変更していません。</source>
        <extracomment>db/ClusterGlobals.cpp</extracomment>
        <translation>The target server&apos;s My Number hashing key (kohi_auth.hmac_key_file) differs from the source&apos;s. The key file is not part of the backup. Move the original key file by a secure route, then restore. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="254"/>
        <source>ロールを作成できません（何も変更していません）: %1</source>
        <extracomment>db/ClusterGlobals.cpp</extracomment>
        <translation>Cannot create the roles (nothing was changed): %1</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="256"/>
        <source>ロールを再びロックできません: %1 (%2)</source>
        <extracomment>db/ClusterGlobals.cpp</extracomment>
        <translation>Cannot lock the role again: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>kohi::db::ConnInfo</name>
    <message>
        <location filename="../db/ConnInfo.cpp" line="19"/>
        <source>接続文字列を解釈できません: %1</source>
        <translation>Cannot parse the connection string: %1</translation>
    </message>
    <message>
        <location filename="../db/ConnInfo.cpp" line="33"/>
        <source>ポートの指定が正しくありません: %1</source>
        <translation>The port is not valid: %1</translation>
    </message>
</context>
<context>
    <name>kohi::db::ConnectionSettings</name>
    <message>
        <location filename="../db/ConnectionSettings.cpp" line="115"/>
        <source>接続設定に空白またはセミコロンを含む値があります: %1</source>
        <translation>A connection setting contains a space or semicolon: %1</translation>
    </message>
    <message>
        <location filename="../db/ConnectionSettings.cpp" line="121"/>
        <source>ホストの数（%1）とポートの数（%2）が合いません。</source>
        <translation>The number of hosts (%1) does not match the number of ports (%2).</translation>
    </message>
    <message>
        <location filename="../db/ConnectionSettings.cpp" line="126"/>
        <source>ホスト名の一覧に空の項目があります: %1</source>
        <translation>The list of host names has an empty entry: %1</translation>
    </message>
    <message>
        <location filename="../db/ConnectionSettings.cpp" line="130"/>
        <source>サーバー証明書を検証する CA 証明書（sslrootcert）が設定されていません。</source>
        <translation>The CA certificate for verifying the server certificate (sslrootcert) is not configured.</translation>
    </message>
    <message>
        <location filename="../db/ConnectionSettings.cpp" line="134"/>
        <source>CA 証明書ファイルが見つかりません: %1</source>
        <translation>CA certificate file not found: %1</translation>
    </message>
    <message>
        <location filename="../db/ConnectionSettings.cpp" line="139"/>
        <source>端末証明書のファイルが見つかりません: %1</source>
        <translation>Terminal certificate file not found: %1</translation>
    </message>
</context>
<context>
    <name>kohi::db::Duty</name>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="455"/>
        <source>難病認定G 担当</source>
        <extracomment>db/SessionInfo.cpp</extracomment>
        <translation>Intractable Disease Group clerk</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="457"/>
        <source>母子G 担当</source>
        <extracomment>db/SessionInfo.cpp</extracomment>
        <translation>Maternal and Child Health Group clerk</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="459"/>
        <source>承認者</source>
        <extracomment>db/SessionInfo.cpp</extracomment>
        <translation>Approver</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="461"/>
        <source>個人番号閲覧者</source>
        <extracomment>db/SessionInfo.cpp</extracomment>
        <translation>My Number viewer</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="463"/>
        <source>監査担当</source>
        <extracomment>db/SessionInfo.cpp</extracomment>
        <translation>Auditor</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="465"/>
        <source>ユーザー管理者</source>
        <extracomment>db/SessionInfo.cpp</extracomment>
        <translation>User administrator</translation>
    </message>
</context>
<context>
    <name>kohi::db::Environment</name>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="467"/>
        <source>本番環境</source>
        <extracomment>db/SessionInfo.cpp</extracomment>
        <translation>Production</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="469"/>
        <source>検証環境</source>
        <extracomment>db/SessionInfo.cpp</extracomment>
        <translation>Acceptance</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="471"/>
        <source>研修環境</source>
        <extracomment>db/SessionInfo.cpp</extracomment>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="473"/>
        <source>開発環境</source>
        <extracomment>db/SessionInfo.cpp</extracomment>
        <translation>Development</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="475"/>
        <source>デモ環境</source>
        <extracomment>db/SessionInfo.cpp</extracomment>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="477"/>
        <source>環境未設定</source>
        <extracomment>db/SessionInfo.cpp</extracomment>
        <translation>Environment not set</translation>
    </message>
</context>
<context>
    <name>kohi::db::HouseholdRepository</name>
    <message>
        <location filename="../db/HouseholdRepository.cpp" line="36"/>
        <source>保存の結果が返されませんでした。</source>
        <translation>The save returned no result.</translation>
    </message>
    <message>
        <location filename="../db/HouseholdRepository.cpp" line="51"/>
        <source>世帯が見つかりません（担当の制度の世帯だけを開けます）。</source>
        <translation>Household not found (only households of your programmes can be opened).</translation>
    </message>
</context>
<context>
    <name>kohi::db::JukiImportRepository</name>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="258"/>
        <source>データベースに接続できません。</source>
        <extracomment>db/JukiImportRepository.cpp</extracomment>
        <translation>Cannot reach the database.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="260"/>
        <source>照合の結果の行数がファイルと一致しません。</source>
        <extracomment>db/JukiImportRepository.cpp</extracomment>
        <translation>The number of matched records does not agree with the file.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="262"/>
        <source>受理できます（承認待ちとして登録されます）。</source>
        <extracomment>db/JukiImportRepository.cpp</extracomment>
        <translation>Can be accepted (will be registered as pending).</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="264"/>
        <source>確認のみ（何も変更していません）。</source>
        <extracomment>db/JukiImportRepository.cpp</extracomment>
        <translation>Checked only (nothing changed).</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="266"/>
        <source>個人番号を送信できないため、ファイル全体を取り込みませんでした: %1</source>
        <extracomment>db/JukiImportRepository.cpp</extracomment>
        <translation>My Numbers cannot be sent, so nothing of the file was imported: %1</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="268"/>
        <source>個人番号を登録できなかったため、ファイル全体を取り込みませんでした: %1</source>
        <extracomment>db/JukiImportRepository.cpp</extracomment>
        <translation>The My Numbers could not be registered, so nothing of the file was imported: %1</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="271"/>
        <source>取り込みを確定できませんでした。</source>
        <extracomment>db/JukiImportRepository.cpp</extracomment>
        <translation>The import could not be committed.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="273"/>
        <source>取り込みました（取り込み番号 %1）。</source>
        <extracomment>db/JukiImportRepository.cpp</extracomment>
        <translation>Imported (import no. %1).</translation>
    </message>
</context>
<context>
    <name>kohi::db::LoginFailure</name>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="275"/>
        <source>ユーザーIDまたはパスワードが正しくありません。入力し直してください。続けて間違えるとアカウントがロックされます。</source>
        <extracomment>db/LoginFailure.cpp</extracomment>
        <translation>The user ID or password is incorrect. Please try again. Repeated failures will lock the account.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="278"/>
        <source>このアカウントはロックされています。ユーザー管理者に解除を依頼してください。</source>
        <extracomment>db/LoginFailure.cpp</extracomment>
        <translation>This account is locked. Please ask a user administrator to unlock it.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="280"/>
        <source>データベースサーバーに接続できません。ネットワークの状態を確認し、解決しない場合は情報システム担当に連絡してください。</source>
        <extracomment>db/LoginFailure.cpp</extracomment>
        <translation>Cannot connect to the database server. Check the network and, if the problem persists, contact the IT department.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="283"/>
        <source>サーバー証明書を確認できないため接続を中止しました（なりすましの可能性）。情報システム担当に連絡してください。</source>
        <extracomment>db/LoginFailure.cpp</extracomment>
        <translation>The connection was stopped because the server certificate could not be verified (possible impersonation). Please contact the IT department.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="286"/>
        <source>この端末の端末証明書が設定されていないか、失効または期限切れのため接続できません。情報システム担当に連絡してください。</source>
        <extracomment>db/LoginFailure.cpp</extracomment>
        <translation>This terminal&apos;s certificate is not configured, or it is revoked or expired, so the connection was refused. Please contact the IT department.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="289"/>
        <source>この端末またはユーザーからの接続は許可されていません。情報システム担当に連絡してください。</source>
        <extracomment>db/LoginFailure.cpp</extracomment>
        <translation>Connections from this terminal or user are not permitted. Please contact the IT department.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="292"/>
        <source>端末の接続設定に誤りがあります。情報システム担当に連絡してください。</source>
        <extracomment>db/LoginFailure.cpp</extracomment>
        <translation>The terminal&apos;s connection settings are incorrect. Please contact the IT department.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="294"/>
        <source>ログインできませんでした。情報システム担当に連絡してください。</source>
        <extracomment>db/LoginFailure.cpp</extracomment>
        <translation>Could not log in. Please contact the IT department.</translation>
    </message>
</context>
<context>
    <name>kohi::db::Migrator</name>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="296"/>
        <source>マイグレーションのファイル名が規則（NNNN_名前.sql）に合いません: %1</source>
        <extracomment>db/Migrator.cpp</extracomment>
        <translation>The migration file name does not follow the convention (NNNN_name.sql): %1</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="298"/>
        <source>マイグレーションを読めません: %1</source>
        <extracomment>db/Migrator.cpp</extracomment>
        <translation>Cannot read the migration: %1</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="300"/>
        <source>マイグレーション番号 %1 が重複しています。</source>
        <extracomment>db/Migrator.cpp</extracomment>
        <translation>Migration number %1 is duplicated.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="302"/>
        <source>マイグレーションが見つかりません: %1</source>
        <extracomment>db/Migrator.cpp</extracomment>
        <translation>No migrations found: %1</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="304"/>
        <source>マイグレーションはデータベース管理者（スーパーユーザー）で実行してください。</source>
        <extracomment>db/Migrator.cpp</extracomment>
        <translation>Migrations must be run as the database administrator (superuser).</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="306"/>
        <source>管理テーブルを作成できません: %1</source>
        <extracomment>db/Migrator.cpp</extracomment>
        <translation>Cannot create the management table: %1</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="308"/>
        <source>適用済みのマイグレーション %1_%2 の内容が変更されています（チェックサム不一致）。適用済みのマイグレーションは編集せず、新しいマイグレーションを追加してください。何も変更していません。</source>
        <extracomment>db/Migrator.cpp</extracomment>
        <translation>Applied migration %1_%2 has been modified (checksum mismatch). Do not edit applied migrations; add a new migration instead. Nothing has been changed.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="314"/>
        <source>データベースにはこの kohi-admin が知らないマイグレーション（%1）が適用されています。新しい版の kohi-admin を使ってください。何も変更していません。</source>
        <extracomment>db/Migrator.cpp</extracomment>
        <translation>The database has a migration applied (%1) that this kohi-admin does not know. Please use a newer kohi-admin. Nothing has been changed.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="318"/>
        <source>未適用のマイグレーション %1_%2 の番号が、適用済みの最新のマイグレーション %3 より小さいため適用できません。番号を %3 より大きくした新しいマイグレーションにしてください。何も変更していません。</source>
        <extracomment>db/Migrator.cpp</extracomment>
        <translation>The pending migration %1_%2 is numbered below the newest applied migration %3 and cannot be applied. Make it a new migration numbered above %3. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="322"/>
        <source>適用済み %1 件、未適用 %2 件。</source>
        <extracomment>db/Migrator.cpp</extracomment>
        <translation>%1 applied, %2 pending.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="324"/>
        <source>マイグレーション %1_%2 に失敗したため取り消しました: %3 %4</source>
        <extracomment>db/Migrator.cpp</extracomment>
        <translation>Migration %1_%2 failed and was rolled back: %3 %4</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="326"/>
        <source>データベースは最新です（適用済み %1 件）。変更はありません。</source>
        <extracomment>db/Migrator.cpp</extracomment>
        <translation>The database is up to date (%1 applied). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="328"/>
        <source>%1 件のマイグレーションを適用しました: %2</source>
        <extracomment>db/Migrator.cpp</extracomment>
        <translation>Applied %1 migrations: %2</translation>
    </message>
</context>
<context>
    <name>kohi::db::MyNumberConfirmation</name>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="330"/>
        <source>サーバーに接続できません。</source>
        <extracomment>db/MyNumberConfirmation.cpp</extracomment>
        <translation>Cannot connect to the server.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="332"/>
        <source>個人番号を入力してください。</source>
        <extracomment>db/MyNumberConfirmation.cpp</extracomment>
        <translation>Please enter the My Number.</translation>
    </message>
</context>
<context>
    <name>kohi::db::MyNumberKeyCeremony</name>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="334"/>
        <source>秘密鍵の保護を確認できませんでした。何も登録していません。</source>
        <extracomment>db/MyNumberKeyCeremony.cpp</extracomment>
        <translation>The protection of the private key could not be verified. Nothing has been registered.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="336"/>
        <source>復号用の鍵が登録されていません。</source>
        <extracomment>db/MyNumberKeyCeremony.cpp</extracomment>
        <translation>No decryption key is registered.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="338"/>
        <source>復号用の鍵が現在の鍵と一致しません。</source>
        <extracomment>db/MyNumberKeyCeremony.cpp</extracomment>
        <translation>The decryption key does not match the current key.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="340"/>
        <source>復号用パスフレーズは%1文字以上にしてください（入力は%2文字）。</source>
        <extracomment>db/MyNumberKeyCeremony.cpp</extracomment>
        <translation>The decryption passphrase must be at least %1 characters (you entered %2).</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="342"/>
        <source>復号用パスフレーズは256文字以内にしてください。</source>
        <extracomment>db/MyNumberKeyCeremony.cpp</extracomment>
        <translation>The decryption passphrase must be at most 256 characters.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="344"/>
        <source>復号用パスフレーズの先頭と末尾に空白は使えません。</source>
        <extracomment>db/MyNumberKeyCeremony.cpp</extracomment>
        <translation>The decryption passphrase must not begin or end with a space.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="346"/>
        <source>復号用パスフレーズには%1種類以上の異なる文字を使ってください（同じ文字や短い並びの繰り返しは推測されやすいため）。</source>
        <extracomment>db/MyNumberKeyCeremony.cpp</extracomment>
        <translation>The decryption passphrase must use at least %1 different characters (repeated characters or short repeated patterns are easy to guess).</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="350"/>
        <source>復号用パスフレーズにユーザーID（%1）を含めないでください。</source>
        <extracomment>db/MyNumberKeyCeremony.cpp</extracomment>
        <translation>The decryption passphrase must not contain the user ID (%1).</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="352"/>
        <source>鍵を登録できませんでした。</source>
        <extracomment>db/MyNumberKeyCeremony.cpp</extracomment>
        <translation>The key could not be registered.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="354"/>
        <location filename="lupdate/HelperStrings.cpp" line="364"/>
        <source>サーバーが記録したフィンガープリントが生成した鍵と一致しません。</source>
        <extracomment>db/MyNumberKeyCeremony.cpp</extracomment>
        <translation>The fingerprint recorded by the server does not match the generated key.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="356"/>
        <source>（鍵の更新の前に、別の閲覧者に削除と再登録を依頼してパスフレーズを替えてください）</source>
        <extracomment>db/MyNumberKeyCeremony.cpp</extracomment>
        <translation> (before the key rotation, ask for your key to be removed and enrolled again with a new passphrase)</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="359"/>
        <source>現在の鍵で復号できない個人番号が%1件あります。鍵の更新を中止しました（何も変更していません）。</source>
        <extracomment>db/MyNumberKeyCeremony.cpp</extracomment>
        <translation>%1 My Numbers cannot be decrypted with the current key. The key rotation was cancelled (nothing has been changed).</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="362"/>
        <source>鍵を更新できませんでした。</source>
        <extracomment>db/MyNumberKeyCeremony.cpp</extracomment>
        <translation>The key could not be rotated.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="366"/>
        <source>提案を登録できませんでした。</source>
        <extracomment>db/MyNumberKeyCeremony.cpp</extracomment>
        <translation>The proposal could not be registered.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="368"/>
        <source>提案を承認できませんでした。</source>
        <extracomment>db/MyNumberKeyCeremony.cpp</extracomment>
        <translation>The proposal could not be approved.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="370"/>
        <source>提案を却下できませんでした。</source>
        <extracomment>db/MyNumberKeyCeremony.cpp</extracomment>
        <translation>The proposal could not be rejected.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="372"/>
        <source>有効な鍵がありません。</source>
        <extracomment>db/MyNumberKeyCeremony.cpp</extracomment>
        <translation>There is no active key.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="374"/>
        <source>公開鍵とフィンガープリントが一致しません。</source>
        <extracomment>db/MyNumberKeyCeremony.cpp</extracomment>
        <translation>The public key does not match the fingerprint.</translation>
    </message>
</context>
<context>
    <name>kohi::db::MyNumberRepository</name>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="376"/>
        <source>個人番号の暗号化用公開鍵のフィンガープリントが設定されていません（kohi.ini の [crypto] public_key_fingerprint）。システム管理者に連絡してください。</source>
        <extracomment>db/MyNumberRepository.cpp</extracomment>
        <translation>The fingerprint of the public key for encrypting My Numbers is not configured (public_key_fingerprint in [crypto] of kohi.ini). Please contact the system administrator.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="380"/>
        <source>暗号化用の公開鍵を取得できません。</source>
        <extracomment>db/MyNumberRepository.cpp</extracomment>
        <translation>The public key for encryption cannot be retrieved.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="382"/>
        <source>データベースの公開鍵が、この端末に設定されたフィンガープリントと一致しません。個人番号は暗号化せず、入力を中止してシステム管理者に連絡してください。</source>
        <extracomment>db/MyNumberRepository.cpp</extracomment>
        <translation>The database&apos;s public key does not match the fingerprint configured on this terminal. Do not encrypt any My Number: stop entering and contact the system administrator.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="385"/>
        <source>サーバーの設定では個人番号がサーバーのログに残るおそれがあるため、送信を中止しました（log_parameter_max_length）。システム管理者に連絡してください。</source>
        <extracomment>db/MyNumberRepository.cpp</extracomment>
        <translation>Sending was stopped because the server settings may leave My Numbers in the server log (log_parameter_max_length). Please contact the system administrator.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="389"/>
        <source>個人番号を登録できませんでした。</source>
        <extracomment>db/MyNumberRepository.cpp</extracomment>
        <translation>The My Number could not be registered.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="391"/>
        <source>個人番号の登録が見つかりません。</source>
        <extracomment>db/MyNumberRepository.cpp</extracomment>
        <translation>The My Number registration was not found.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="393"/>
        <source>復号用の鍵が、この個人番号を暗号化した鍵と一致しません。</source>
        <extracomment>db/MyNumberRepository.cpp</extracomment>
        <translation>The decryption key does not match the key that encrypted this My Number.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="395"/>
        <source>表示した個人番号を登録内容と照合できませんでした。</source>
        <extracomment>db/MyNumberRepository.cpp</extracomment>
        <translation>The revealed My Number could not be checked against the registration.</translation>
    </message>
</context>
<context>
    <name>kohi::db::PasswordChange</name>
    <message>
        <location filename="../db/PasswordChange.cpp" line="26"/>
        <source>パスワードの誤りが続いたためアカウントがロックされました。ユーザー管理者に解除を依頼してください。</source>
        <translation>The account has been locked after repeated incorrect passwords. Please ask a user administrator to unlock it.</translation>
    </message>
    <message>
        <location filename="../db/PasswordChange.cpp" line="32"/>
        <source>パスワードを変更できませんでした（%1）。</source>
        <translation>The password could not be changed (%1).</translation>
    </message>
</context>
<context>
    <name>kohi::db::PostcodeTable</name>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="397"/>
        <source>%1行目: 見出し行 postcode,municipality_code,town がありません。</source>
        <extracomment>db/PostcodeTable.cpp</extracomment>
        <translation>Line %1: the header row postcode,municipality_code,town is missing.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="399"/>
        <source>%1行目: 郵便番号7桁,市町村コード6桁,町域 の形ではありません。</source>
        <extracomment>db/PostcodeTable.cpp</extracomment>
        <translation>Line %1: not in the form 7-digit postcode,6-digit municipality code,town.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="401"/>
        <source>出典と日付の行（# 出典: …）がありません。</source>
        <extracomment>db/PostcodeTable.cpp</extracomment>
        <translation>The source and date line (# 出典: …) is missing.</translation>
    </message>
</context>
<context>
    <name>kohi::db::RecipientExport</name>
    <message>
        <location filename="../db/RecipientExport.cpp" line="46"/>
        <source>法別番号</source>
        <translation>Law number</translation>
    </message>
    <message>
        <location filename="../db/RecipientExport.cpp" line="47"/>
        <source>受給者番号</source>
        <translation>Recipient number</translation>
    </message>
    <message>
        <location filename="../db/RecipientExport.cpp" line="48"/>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../db/RecipientExport.cpp" line="49"/>
        <source>カナ氏名</source>
        <translation>Kana name</translation>
    </message>
    <message>
        <location filename="../db/RecipientExport.cpp" line="50"/>
        <source>生年月日</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../db/RecipientExport.cpp" line="51"/>
        <source>性別</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../db/RecipientExport.cpp" line="52"/>
        <source>郵便番号</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../db/RecipientExport.cpp" line="53"/>
        <source>住所</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../db/RecipientExport.cpp" line="54"/>
        <source>市町村</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../db/RecipientExport.cpp" line="55"/>
        <source>保健所</source>
        <translation>Health centre</translation>
    </message>
    <message>
        <location filename="../db/RecipientExport.cpp" line="56"/>
        <source>電話番号</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../db/RecipientExport.cpp" line="57"/>
        <source>状態</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../db/RecipientExport.cpp" line="58"/>
        <source>疾病名</source>
        <translation>Disease</translation>
    </message>
    <message>
        <location filename="../db/RecipientExport.cpp" line="59"/>
        <source>階層区分</source>
        <translation>Income tier</translation>
    </message>
    <message>
        <location filename="../db/RecipientExport.cpp" line="60"/>
        <source>自己負担上限月額</source>
        <translation>Monthly co-payment cap</translation>
    </message>
    <message>
        <location filename="../db/RecipientExport.cpp" line="61"/>
        <source>有効期間（開始）</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../db/RecipientExport.cpp" line="62"/>
        <source>有効期間（終了）</source>
        <translation>Valid to</translation>
    </message>
</context>
<context>
    <name>kohi::db::RecipientRepository</name>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="403"/>
        <source>受給者が見つかりません。担当外の制度の受給者は表示できません。</source>
        <extracomment>db/RecipientRepository.cpp</extracomment>
        <translation>Recipient not found. Recipients of programmes outside your duties cannot be shown.</translation>
    </message>
</context>
<context>
    <name>kohi::db::SchemaCatalog</name>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="405"/>
        <source>（なし）</source>
        <extracomment>db/SchemaCatalog.cpp</extracomment>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="407"/>
        <source>スキーマ</source>
        <extracomment>db/SchemaCatalog.cpp</extracomment>
        <translation>Schemas</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="409"/>
        <source>テーブル・ビュー（行セキュリティの有効・強制を含む）</source>
        <extracomment>db/SchemaCatalog.cpp</extracomment>
        <translation>Tables and views (row security enabled / forced included)</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="411"/>
        <source>列</source>
        <extracomment>db/SchemaCatalog.cpp</extracomment>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="413"/>
        <source>制約</source>
        <extracomment>db/SchemaCatalog.cpp</extracomment>
        <translation>Constraints</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="415"/>
        <source>索引</source>
        <extracomment>db/SchemaCatalog.cpp</extracomment>
        <translation>Indexes</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="417"/>
        <source>トリガー</source>
        <extracomment>db/SchemaCatalog.cpp</extracomment>
        <translation>Triggers</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="419"/>
        <source>関数（本体はハッシュで比較）</source>
        <extracomment>db/SchemaCatalog.cpp</extracomment>
        <translation>Functions (bodies compared by hash)</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="421"/>
        <source>ロール（職務・グループ・所有者）</source>
        <extracomment>db/SchemaCatalog.cpp</extracomment>
        <translation>Roles (duties, groups, owners)</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="423"/>
        <source>職員ログインの属性の種類</source>
        <extracomment>db/SchemaCatalog.cpp</extracomment>
        <translation>Kinds of staff login attributes</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="425"/>
        <source>権限</source>
        <extracomment>db/SchemaCatalog.cpp</extracomment>
        <translation>Grants</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="427"/>
        <source>行セキュリティのポリシー</source>
        <extracomment>db/SchemaCatalog.cpp</extracomment>
        <translation>Row security policies</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="429"/>
        <source>拡張機能</source>
        <extracomment>db/SchemaCatalog.cpp</extracomment>
        <translation>Extensions</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="431"/>
        <source>サーバーとデータベースの設定</source>
        <extracomment>db/SchemaCatalog.cpp</extracomment>
        <translation>Server and database settings</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="433"/>
        <source>Kohi の設定（kohi.setting）</source>
        <extracomment>db/SchemaCatalog.cpp</extracomment>
        <translation>Kohi settings (kohi.setting)</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="435"/>
        <source>マイグレーションの履歴</source>
        <extracomment>db/SchemaCatalog.cpp</extracomment>
        <translation>Migration history</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="437"/>
        <source>カタログを読めません: %1</source>
        <extracomment>db/SchemaCatalog.cpp</extracomment>
        <translation>Cannot read the catalogs: %1</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="439"/>
        <source>%1: A にだけあります</source>
        <extracomment>db/SchemaCatalog.cpp</extracomment>
        <translation>%1: only in A</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="441"/>
        <source>%1: B にだけあります</source>
        <extracomment>db/SchemaCatalog.cpp</extracomment>
        <translation>%1: only in B</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="443"/>
        <source>%1: %2 が異なります（A: %3 / B: %4）</source>
        <extracomment>db/SchemaCatalog.cpp</extracomment>
        <translation>%1: %2 differs (A: %3 / B: %4)</translation>
    </message>
</context>
<context>
    <name>kohi::db::SchemaVersion</name>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="445"/>
        <source>不明（0029 より前）</source>
        <extracomment>db/SchemaVersion.cpp</extracomment>
        <translation>unknown (before 0029)</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="447"/>
        <source>データベースの版（%1）が古いため接続できません（対応する版は %2）。システム管理者に更新を依頼してください。</source>
        <extracomment>db/SchemaVersion.cpp</extracomment>
        <translation>The database version (%1) is too old to connect to (this program needs %2). Ask the system administrator to update it.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="450"/>
        <source>データベースの版（%1）が新しいため接続できません（対応する版は %2）。新しい版のプログラムを導入してください。</source>
        <extracomment>db/SchemaVersion.cpp</extracomment>
        <translation>The database version (%1) is too new to connect to (this program needs %2). Install the newer version of the program.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="453"/>
        <source>データベースの版を確認できません: %1</source>
        <extracomment>db/SchemaVersion.cpp</extracomment>
        <translation>Cannot check the database version: %1</translation>
    </message>
</context>
<context>
    <name>kohi::db::StaffRepository</name>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="479"/>
        <source>この操作を行う権限がありません。ユーザー管理者の職務が必要です。</source>
        <extracomment>db/StaffRepository.cpp</extracomment>
        <translation>You do not have permission to perform this operation. The user administrator duty is required.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="481"/>
        <source>データベースとの接続が切れました。ログインし直してください。</source>
        <extracomment>db/StaffRepository.cpp</extracomment>
        <translation>The connection to the database was lost. Please log in again.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="483"/>
        <source>データベースでエラーが発生しました（SQLSTATE %1）。</source>
        <extracomment>db/StaffRepository.cpp</extracomment>
        <translation>A database error occurred (SQLSTATE %1).</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="485"/>
        <source>パスワードを処理できません。データベースとの接続を確認してください。</source>
        <extracomment>db/StaffRepository.cpp</extracomment>
        <translation>The password cannot be processed. Please check the connection to the database.</translation>
    </message>
</context>
<context>
    <name>kohi::juki::CsvRecordReader</name>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="155"/>
        <source>引用符で囲んだ項目の後に、区切りのカンマの前に文字があります。</source>
        <extracomment>core/import/CsvRecordReader.cpp</extracomment>
        <translation>There are characters after a quoted field, before the separating comma.</translation>
    </message>
</context>
<context>
    <name>kohi::juki::JukiAnswerFile</name>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="157"/>
        <source>処理結果が 00（該当あり）なのに個人番号が空です。</source>
        <extracomment>core/import/JukiAnswerFile.cpp</extracomment>
        <translation>The result is 00 (found) but the My Number is empty.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="159"/>
        <source>個人番号のチェックデジットが一致しません。</source>
        <extracomment>core/import/JukiAnswerFile.cpp</extracomment>
        <translation>The My Number&apos;s check digit does not match.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="161"/>
        <source>個人番号は12桁の数字でなければなりません。</source>
        <extracomment>core/import/JukiAnswerFile.cpp</extracomment>
        <translation>A My Number must be 12 digits.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="163"/>
        <source>照会番号が空か、英数字とハイフン（32文字以内）ではありません。</source>
        <extracomment>core/import/JukiAnswerFile.cpp</extracomment>
        <translation>The inquiry number is empty or not letters, digits and hyphens (32 at most).</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="165"/>
        <source>処理結果は 00・10・20 のいずれかでなければなりません。</source>
        <extracomment>core/import/JukiAnswerFile.cpp</extracomment>
        <translation>The result must be 00, 10 or 20.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="167"/>
        <source>氏名カナが空か、カタカナ以外の文字を含みます。</source>
        <extracomment>core/import/JukiAnswerFile.cpp</extracomment>
        <translation>The kana name is empty or contains characters other than katakana.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="169"/>
        <source>生年月日は YYYYMMDD の実在する過去の日付でなければなりません。</source>
        <extracomment>core/import/JukiAnswerFile.cpp</extracomment>
        <translation>The date of birth must be an existing past date as YYYYMMDD.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="171"/>
        <source>性別は 1（男）か 2（女）でなければなりません。</source>
        <extracomment>core/import/JukiAnswerFile.cpp</extracomment>
        <translation>Sex must be 1 (male) or 2 (female).</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="173"/>
        <source>処理結果が 10・20 なのに個人番号が入っています（食い違う回答は取り込みません）。</source>
        <extracomment>core/import/JukiAnswerFile.cpp</extracomment>
        <translation>The result is 10 or 20 but a My Number is present (contradictory answers are not imported).</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="175"/>
        <source>ファイルが空です。</source>
        <extracomment>core/import/JukiAnswerFile.cpp</extracomment>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="177"/>
        <source>ファイルが大きすぎます（64 MB まで）。</source>
        <extracomment>core/import/JukiAnswerFile.cpp</extracomment>
        <translation>The file is too large (64 MB at most).</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="179"/>
        <source>見出し行がありません。</source>
        <extracomment>core/import/JukiAnswerFile.cpp</extracomment>
        <translation>There is no header row.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="181"/>
        <source>%1 行目が見出し行（%2）ではありません。住基ネットの回答ファイルか確認してください。</source>
        <extracomment>core/import/JukiAnswerFile.cpp</extracomment>
        <translation>Line %1 is not the header row (%2). Check that this is a resident-registry answer file.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="184"/>
        <source>項目数が %1 ではありません（%2 項目）。</source>
        <extracomment>core/import/JukiAnswerFile.cpp</extracomment>
        <translation>The record does not have %1 fields (%2 fields).</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="186"/>
        <source>行数が多すぎます（%1 行まで）。</source>
        <extracomment>core/import/JukiAnswerFile.cpp</extracomment>
        <translation>Too many records (%1 at most).</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="188"/>
        <source>見出し行のほかにデータ行がありません。</source>
        <extracomment>core/import/JukiAnswerFile.cpp</extracomment>
        <translation>There are no records besides the header row.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="190"/>
        <source>同じ照会番号の行がファイル内に複数あります。</source>
        <extracomment>core/import/JukiAnswerFile.cpp</extracomment>
        <translation>The file holds more than one record with this inquiry number.</translation>
    </message>
</context>
<context>
    <name>kohi::juki::TextFileDecoder</name>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="192"/>
        <source>UTF-8 として読めない文字があります（%1 行目）。ファイルが壊れていないか確認してください。</source>
        <extracomment>core/import/TextFileDecoder.cpp</extracomment>
        <translation>There are bytes that are not valid UTF-8 (line %1). Check whether the file is damaged.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="195"/>
        <source>この環境では CP932（Shift_JIS）のファイルを読めません。UTF-8 で保存し直してください。</source>
        <extracomment>core/import/TextFileDecoder.cpp</extracomment>
        <translation>CP932 (Shift_JIS) files cannot be read here. Save the file as UTF-8.</translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="198"/>
        <source>文字コードを判定できないか、読めない文字があります（%1 行目）。CP932（Shift_JIS）か UTF-8 で保存されたファイルか確認してください。</source>
        <extracomment>core/import/TextFileDecoder.cpp</extracomment>
        <translation>The encoding cannot be determined or there are unreadable bytes (line %1). Check that the file was saved as CP932 (Shift_JIS) or UTF-8.</translation>
    </message>
</context>
</TS>
