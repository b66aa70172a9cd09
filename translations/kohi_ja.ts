<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="ja_JP">
<context>
    <name>DisposalCertificateRenderer</name>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="51"/>
        <source>証明する廃棄の記録がありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="56"/>
        <source>印刷先を開けませんでした（書き込み先やプリンターを確認してください）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="69"/>
        <source>印刷を完了できませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="76"/>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="83"/>
        <source>個人番号等廃棄証明書</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="85"/>
        <source>発行日 %1&#x3000;発行者 %2&#x3000;（%3 / %4 ページ）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="91"/>
        <source>下記の受給者について、保存期間の経過後、個人番号（暗号化された番号と照合用のハッシュ）を消去し、書類を廃棄したことを証明します。消去した個人番号は復元できません。本証明書に個人番号は記載していません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="107"/>
        <source>%1「%2」（%3）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="109"/>
        <source>うち証拠書類の登録簿から %1 件: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="132"/>
        <source>廃棄記録番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="132"/>
        <source>制度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="134"/>
        <source>受給者番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="135"/>
        <source>受給者氏名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="136"/>
        <source>認定の終了</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="137"/>
        <source>保存期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="139"/>
        <source>消去した個人番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="141"/>
        <source>なし（登録されていませんでした）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="142"/>
        <source>%1 件（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="143"/>
        <source>廃棄した書類</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="101"/>
        <source>なし</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="102"/>
        <source>%1 枚（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="145"/>
        <source>方法</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="146"/>
        <source>理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="147"/>
        <source>提案者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="147"/>
        <source>承認者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="149"/>
        <source>提案日時</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="149"/>
        <source>消去日時</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="158"/>
        <source>大阪府 健康医療部（公費負担医療 担当）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="163"/>
        <source>提案者 印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/DisposalCertificateRenderer.cpp" line="163"/>
        <source>承認者 印</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/client/main.cpp" line="42"/>
        <location filename="../app/client/main.cpp" line="65"/>
        <source>Kohi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/main.cpp" line="43"/>
        <source>設定ファイル（kohi.ini）が見つかりません。情報システム担当に連絡してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/main.cpp" line="66"/>
        <source>利用者情報を取得できません。このユーザーは Kohi の職員として登録されていない可能性があります。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/main.cpp" line="105"/>
        <source>一定時間操作がなかったため、ログアウトしました。入力途中の内容は再ログイン後に復元できます。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::CsvWriter</name>
    <message>
        <location filename="../core/export/CsvWriter.cpp" line="39"/>
        <source>この環境では Shift_JIS（CP932）で出力できません。UTF-8（BOM付き）を選んでください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/export/CsvWriter.cpp" line="55"/>
        <source>%1行目に Shift_JIS（CP932）で表せない文字があります。UTF-8（BOM付き）で出力してください。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::AcknowledgeAlertDialog</name>
    <message>
        <location filename="../app/client/AcknowledgeAlertDialog.cpp" line="21"/>
        <source>警告を確認済みにする</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AcknowledgeAlertDialog.cpp" line="24"/>
        <source>日付</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AcknowledgeAlertDialog.cpp" line="25"/>
        <source>ルール</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AcknowledgeAlertDialog.cpp" line="26"/>
        <source>職員</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AcknowledgeAlertDialog.cpp" line="29"/>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AcknowledgeAlertDialog.cpp" line="33"/>
        <source>例: 本人に確認。窓口での照会対応のため。問題なし。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AcknowledgeAlertDialog.cpp" line="35"/>
        <source>確認した内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AcknowledgeAlertDialog.cpp" line="44"/>
        <source>確認済みにする</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::AddressOffer</name>
    <message>
        <location filename="../app/client/AddressOffer.cpp" line="70"/>
        <source>住所の候補を読み込めませんでした。住所を入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AddressOffer.cpp" line="72"/>
        <source>郵便番号表にない番号です。住所を入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AddressOffer.cpp" line="74"/>
        <source>住所の候補: %1（住所欄で Enter で入力）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AddressOffer.cpp" line="77"/>
        <source>住所の候補が %1 件あります（住所欄で選んでください）。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::ApplicationComparisonModel</name>
    <message>
        <location filename="../app/client/ApplicationComparisonModel.cpp" line="122"/>
        <source>新規</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationComparisonModel.cpp" line="122"/>
        <location filename="../app/client/ApplicationComparisonModel.cpp" line="144"/>
        <source>変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationComparisonModel.cpp" line="138"/>
        <source>項目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationComparisonModel.cpp" line="140"/>
        <source>現在の登録内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationComparisonModel.cpp" line="142"/>
        <source>承認後（申請内容）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::ApplicationEntryWidget</name>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="77"/>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="724"/>
        <source>申請入力</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="90"/>
        <source>選択肢（疾病名・所得区分など）を読み込めませんでした: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="167"/>
        <source>申請</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="168"/>
        <source>制度(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="171"/>
        <source>申請区分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="173"/>
        <source>登録者証のみを申請（医療費の助成なし）(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="176"/>
        <source>指定難病・小児慢性特定疾病の患者が、医療費の助成を受けずに登録者証の交付だけを申請する場合（2024年4月から）。所得区分・上限額・有効期間は入力しません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="188"/>
        <source>受付日(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="189"/>
        <source>受付保健所</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="191"/>
        <source>申請者（本人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="192"/>
        <source>氏名（姓）(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="193"/>
        <source>氏名（名）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="194"/>
        <source>カナ（姓）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="196"/>
        <source>カナ（名）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="201"/>
        <source>生年月日(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="207"/>
        <source>&#x3000;18歳未満のため保護者の入力が必要です。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="210"/>
        <source>性別</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="211"/>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="587"/>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="588"/>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="597"/>
        <source>（選択）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="212"/>
        <source>1 男</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="213"/>
        <source>2 女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="215"/>
        <source>郵便番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="225"/>
        <source>住所</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="226"/>
        <source>市町村コード</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="231"/>
        <source>大阪府の市町村マスタにないコードです。住所の市町村のコードか確認してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="248"/>
        <source>電話番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="250"/>
        <source>保護者（18歳未満の場合）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="251"/>
        <source>保護者氏名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="252"/>
        <source>保護者カナ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="254"/>
        <source>続柄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="256"/>
        <source>医療保険</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="257"/>
        <source>保険者番号(&amp;I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="262"/>
        <source>保険者マスタに登録のない番号です（保険証の番号を確認してください）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="265"/>
        <source>記号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="267"/>
        <source>番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="269"/>
        <source>指定医療機関・指定医</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="270"/>
        <source>指定医療機関(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="272"/>
        <source>コードまたは名称の一部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="273"/>
        <source>指定医(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="275"/>
        <source>指定医番号または氏名の一部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="277"/>
        <source>認定内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="278"/>
        <source>疾病名(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="279"/>
        <source>所得区分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="280"/>
        <source>上限額の特例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="289"/>
        <source>世帯の人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="291"/>
        <source>世帯内の受給者数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="298"/>
        <source>自己負担上限月額</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="301"/>
        <source>有効期間（開始）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="305"/>
        <source>&#x3000;受付日の1か月より前に遡るため、理由が必要です。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="308"/>
        <source>有効期間（終了）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="315"/>
        <source>終了日が開始日より前です。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="324"/>
        <source>遡りの理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="327"/>
        <source>添付書類</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="339"/>
        <source>診断年月日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="343"/>
        <source>&#x3000;未来の日付です。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="347"/>
        <source>臨床調査個人票（医療意見書）の診断年月日。開始日を受付日より前に遡る場合に必要です。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="348"/>
        <source>支給認定基準世帯(&amp;H)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="359"/>
        <source>算定と違う階層区分にする場合だけ、その理由（承認者に表示されます）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="361"/>
        <source>区分を変える理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="363"/>
        <source>医療費総額（管理票）…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="366"/>
        <source>高額かつ長期・軽症高額の判定に使う月ごとの医療費総額。申請を一度保存すると入力できます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="398"/>
        <source>Enter で該当する項目に移動します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="403"/>
        <source>新しい申請(&amp;W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="405"/>
        <source>保存(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="407"/>
        <source>下書きとして保存します（Ctrl+S）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="408"/>
        <source>提出(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="410"/>
        <source>承認者に提出します。提出後は変更できません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="411"/>
        <source>取下げ(&amp;T)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="413"/>
        <source>申請者から取下げ書を受け付けたときに記録します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="589"/>
        <source>（選択：一般）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="725"/>
        <source>入力中の申請は保存されていません。入力内容を破棄しますか？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="728"/>
        <source>破棄すると、保存していない入力は元に戻せません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="729"/>
        <source>破棄する(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="731"/>
        <source>入力を続ける(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="792"/>
        <source>なし（登録者証のみの申請）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="799"/>
        <source>%1（世帯から算定・按分後）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="800"/>
        <source>保存すると世帯から算定します</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="806"/>
        <source>所得区分を選ぶと表示します</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="863"/>
        <source>未登録（所得区分は手入力）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="902"/>
        <source>申請を入力する職務（難病認定G・母子G 担当）がありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="949"/>
        <source>世帯 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="996"/>
        <source>受給者を読み込めません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1000"/>
        <source>更新・変更の申請は、認定済みの受給者についてのみ入力できます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1004"/>
        <source>%1 は、費用の基準が整備されるまで更新・変更の申請を受け付けていません。受給者の記録は閲覧できます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1051"/>
        <source>%1（受給者番号 %2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1058"/>
        <source>更新申請を入力します。氏名・住所・保険の変更は変更申請で入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1060"/>
        <source>変更申請を入力します。変わった項目を直してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1061"/>
        <source>前回の認定内容を写しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1062"/>
        <source>Kohi に承認済みの申請がない受給者のため、登録内容だけを写しました。疾病・所得区分・有効期間は書類から入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1102"/>
        <source>申請番号 %1（%2）を開きました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1107"/>
        <source>申請者への補正依頼: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1109"/>
        <source>（内部メモ: %1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1111"/>
        <source>差戻しの理由: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1114"/>
        <source>不認定の理由: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1116"/>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1266"/>
        <source>取下げ書の受付日: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1118"/>
        <source>この状態の申請は変更できません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1141"/>
        <source>保存できませんでした。次の項目を直してください（入力内容はそのまま残っています）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1155"/>
        <source>提出できませんでした。入力内容はそのまま残っています。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1156"/>
        <source>保存できませんでした。入力内容はそのまま残っています。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1174"/>
        <source>下書きは保存しましたが、指定医療機関・指定医を登録できませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1189"/>
        <source>下書きを保存しました（申請番号 %1）。提出できます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1190"/>
        <source>下書きを保存しました（申請番号 %1）。提出の前に次の点を直してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1258"/>
        <source>申請番号 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1262"/>
        <source>取下げの確認</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1263"/>
        <source>%1 を取下げとして記録します。元に戻せません。よろしいですか。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1267"/>
        <source>取下げを記録する(&amp;Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1268"/>
        <source>やめる(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1275"/>
        <source>取下げを記録できませんでした: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1283"/>
        <source>申請番号 %1 を取下げとして記録しました。取下げ受理通知書は受給者の画面から印刷できます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1324"/>
        <source>生年月日を入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1300"/>
        <source>性別を選択してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="244"/>
        <source>府の保健所の区域外</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1247"/>
        <source>提出しました（申請番号 %1）。別の職員が承認するまで確定しません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1302"/>
        <source>疾病名を選択してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1305"/>
        <source>所得区分を選択してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1311"/>
        <source>%1を入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1377"/>
        <source>提出できませんでした。次の%n点を直してください（入力内容はそのまま残っています）。</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1422"/>
        <source>世帯 %1 を指定しました。申請を保存すると、世帯から階層区分と上限月額を算定します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1444"/>
        <source>高額かつ長期: 認定後の月で医療費総額%1円超 %2か月（必要 %3か月）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1449"/>
        <source>軽症高額: 医療費総額%1円超 %2か月（必要 %3か月）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1461"/>
        <source>%1（世帯 %2）: 算定 %3。%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1464"/>
        <source>算定できません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1468"/>
        <source>&#x3000;世帯内の受給者 %1 人で按分: %2 × %3 ÷ %4 = %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1476"/>
        <source>&#x3000;区分を%1に変更（理由: %2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1487"/>
        <source>医療費総額は、申請を一度保存してから入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationEntryWidget.cpp" line="1580"/>
        <source>前回ログアウトしたときの入力内容を復元しました。保存はまだされていません。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::ApplicationFieldChecks</name>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="9"/>
        <source>カナ氏名を入力してください。</source>
        <extracomment>app/client/ApplicationFieldChecks.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="11"/>
        <source>日付を入力してください。</source>
        <extracomment>app/client/ApplicationFieldChecks.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="13"/>
        <source>郵便番号は7桁の数字で入力してください（例: 596-0001）。</source>
        <extracomment>app/client/ApplicationFieldChecks.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="15"/>
        <source>市町村コード（地方公共団体コード、6桁）を入力してください。</source>
        <extracomment>app/client/ApplicationFieldChecks.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="17"/>
        <source>電話番号は数字とハイフンで入力してください。</source>
        <extracomment>app/client/ApplicationFieldChecks.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::ApplicationQueueModel</name>
    <message>
        <location filename="../app/client/ApplicationQueueModel.cpp" line="103"/>
        <source>自分の入力（承認不可）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationQueueModel.cpp" line="115"/>
        <source>申請番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationQueueModel.cpp" line="117"/>
        <source>制度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationQueueModel.cpp" line="119"/>
        <source>区分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationQueueModel.cpp" line="121"/>
        <source>氏名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationQueueModel.cpp" line="123"/>
        <source>カナ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationQueueModel.cpp" line="125"/>
        <source>受付日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationQueueModel.cpp" line="127"/>
        <source>提出日時</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationQueueModel.cpp" line="129"/>
        <source>入力者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApplicationQueueModel.cpp" line="131"/>
        <source>備考</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::ApprovalQueueWidget</name>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="74"/>
        <source>承認</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="80"/>
        <source>すべての制度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="85"/>
        <source>すべての区分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="88"/>
        <source>再読込(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="91"/>
        <source>制度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="93"/>
        <source>区分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="136"/>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="301"/>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="312"/>
        <source>承認(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="138"/>
        <source>差戻し(&amp;R)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="141"/>
        <source>担当者に戻します（理由は内部のもので、申請者には送られません）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="142"/>
        <source>補正依頼(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="144"/>
        <source>申請者に補正を求めます（補正依頼書を印刷します）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="145"/>
        <source>不認定(&amp;D)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="147"/>
        <source>登録者証(&amp;G)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="150"/>
        <source>重症度分類等のみを満たさない場合: 医療費は不認定とし、登録者証を交付します</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="213"/>
        <source>承認待ちの申請はありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="214"/>
        <source>承認待ち %L1 件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="268"/>
        <source>申請番号 %1（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="270"/>
        <source>申請番号 %1&#x3000;%2&#x3000;%3
%4（%5）&#x3000;入力: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="277"/>
        <source>この申請はあなたが入力または変更したものです。承認・不認定・差戻しなどの決定は別の承認者が行います。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="301"/>
        <source>登録者証を交付(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="433"/>
        <source>%1できませんでした: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="449"/>
        <source>差戻し</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="466"/>
        <source>申請者に求める補正: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="468"/>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="532"/>
        <source>内部メモ（印刷されません）: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="469"/>
        <source>補正依頼の確認</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="470"/>
        <source>申請者に補正を依頼します（補正依頼書を印刷します）。よろしいですか。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="471"/>
        <source>補正を依頼する(&amp;Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="476"/>
        <source>補正依頼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="480"/>
        <source>申請番号 %1 について申請者に補正を依頼しました。補正依頼書は受給者の画面から印刷できます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="491"/>
        <source>登録者証の交付の確認</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="492"/>
        <source>登録者証のみの申請です。登録者証を交付します（医療費の助成はありません）。よろしいですか。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="502"/>
        <source>申請番号 %1 に登録者証（%2から有効）を交付しました。登録者証交付通知書と登録者証は受給者の画面から印刷できます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="529"/>
        <source>審査会の開催日: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="530"/>
        <source>不認定の理由（通知書に印刷）: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="536"/>
        <source>登録者証の確認</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="537"/>
        <source>医療費の助成は不認定とし、登録者証を交付します。よろしいですか。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="494"/>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="538"/>
        <source>登録者証を交付する(&amp;Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="539"/>
        <source>不認定の確認</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="539"/>
        <source>この申請を不認定とします。よろしいですか。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="540"/>
        <source>不認定とする(&amp;Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="499"/>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="548"/>
        <source>登録者証の交付</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="551"/>
        <source>申請番号 %1 を不認定とし、登録者証（%2から有効）を交付しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="559"/>
        <source>不認定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="562"/>
        <source>申請番号 %1 を不認定としました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="313"/>
        <source>左の一覧から申請を選んでください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="341"/>
        <source>ほか %1 項目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="344"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="355"/>
        <source>承認の確認</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="356"/>
        <source>次の内容で承認します。よろしいですか。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="359"/>
        <source>承認する(&amp;Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="360"/>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="416"/>
        <source>やめる(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="391"/>
        <source>承認できませんでした: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="396"/>
        <source>申請番号 %1 を承認しました。受給者番号: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ApprovalQueueWidget.cpp" line="452"/>
        <source>申請番号 %1 を差し戻しました。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::AuditLogModel</name>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="19"/>
        <source>申請</source>
        <extracomment>app/client/AuditLogModel.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="21"/>
        <location filename="lupdate/HelperStrings.cpp" line="23"/>
        <source>ユーザー管理</source>
        <extracomment>app/client/AuditLogModel.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="25"/>
        <source>成功</source>
        <extracomment>app/client/AuditLogModel.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="27"/>
        <source>拒否</source>
        <extracomment>app/client/AuditLogModel.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="29"/>
        <source>失敗</source>
        <extracomment>app/client/AuditLogModel.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="29"/>
        <source>ログイン</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="30"/>
        <source>ログイン失敗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="31"/>
        <source>アカウントロック</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="32"/>
        <source>業務開始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="33"/>
        <source>利用者情報の取得</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="35"/>
        <source>ロック解除の残り回数の確認</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="36"/>
        <source>画面ロック</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="37"/>
        <source>ロック解除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="38"/>
        <source>無操作ログアウト</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="39"/>
        <source>ログアウト</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="40"/>
        <source>パスワード変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="41"/>
        <source>受給者検索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="42"/>
        <location filename="../app/client/AuditLogModel.cpp" line="43"/>
        <source>受給者閲覧</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="44"/>
        <source>個人番号表示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="46"/>
        <source>個人番号表示の照合</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="47"/>
        <source>個人番号登録</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="48"/>
        <source>個人番号照合</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="49"/>
        <source>ログ検索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="50"/>
        <source>自分の操作履歴</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="51"/>
        <source>ログ出力</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="52"/>
        <source>ログ検証</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="53"/>
        <source>設定の参照</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="54"/>
        <source>設定変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="68"/>
        <source>証拠書類の保管</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="164"/>
        <source>日時</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="166"/>
        <source>ユーザー</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="168"/>
        <source>端末</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="170"/>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="172"/>
        <source>対象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="174"/>
        <source>制度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogModel.cpp" line="176"/>
        <source>結果</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::AuditLogWidget</name>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="89"/>
        <location filename="../app/client/AuditLogWidget.cpp" line="104"/>
        <source>（すべて）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="98"/>
        <source>例: recipient:123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="101"/>
        <source>法別番号（例: 54）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="110"/>
        <source>〜</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="115"/>
        <source>期間</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="117"/>
        <location filename="../app/client/AuditLogWidget.cpp" line="269"/>
        <location filename="../app/client/AuditLogWidget.cpp" line="316"/>
        <source>ユーザー</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="118"/>
        <location filename="../app/client/AuditLogWidget.cpp" line="271"/>
        <location filename="../app/client/AuditLogWidget.cpp" line="316"/>
        <source>端末</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="123"/>
        <location filename="../app/client/AuditLogWidget.cpp" line="272"/>
        <location filename="../app/client/AuditLogWidget.cpp" line="316"/>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="125"/>
        <source>対象（受給者など）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="126"/>
        <location filename="../app/client/AuditLogWidget.cpp" line="274"/>
        <location filename="../app/client/AuditLogWidget.cpp" line="317"/>
        <source>制度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="127"/>
        <location filename="../app/client/AuditLogWidget.cpp" line="275"/>
        <location filename="../app/client/AuditLogWidget.cpp" line="317"/>
        <source>結果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="134"/>
        <source>検索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="139"/>
        <source>UTF-8（BOM付き）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="140"/>
        <source>Shift_JIS（CP932・Excel向け）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="141"/>
        <source>CSV出力...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="234"/>
        <source>期間の終わりは始まりより後にしてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="237"/>
        <source>検索しています...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="250"/>
        <source>%1 件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="251"/>
        <source>%1 件以上（スクロールで続きを読み込みます）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="267"/>
        <location filename="../app/client/AuditLogWidget.cpp" line="316"/>
        <source>連番</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="268"/>
        <location filename="../app/client/AuditLogWidget.cpp" line="316"/>
        <source>日時</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="270"/>
        <location filename="../app/client/AuditLogWidget.cpp" line="316"/>
        <source>接続元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="273"/>
        <location filename="../app/client/AuditLogWidget.cpp" line="317"/>
        <source>対象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="276"/>
        <source>詳細：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="284"/>
        <source>自分の操作履歴はCSVに出力できません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="291"/>
        <source>この環境では選んだ文字コードで出力できません。UTF-8（BOM付き）を選んでください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="296"/>
        <source>ファイルを作成できません（%1）。保存先を確認してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="303"/>
        <source>Shift_JIS（CP932）で表せない文字が含まれています。UTF-8（BOM付き）で出力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="308"/>
        <source>ファイルに書き込めません（%1）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="317"/>
        <source>操作コード</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="317"/>
        <source>詳細</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="357"/>
        <source>ファイルを保存できません（%1）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="368"/>
        <source>アクセスログのCSV出力</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="370"/>
        <source>CSVファイル (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="374"/>
        <source>%1 件をCSVに出力しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/AuditLogWidget.cpp" line="376"/>
        <source>CSV出力</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::BenefitLabels</name>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="31"/>
        <source>54 特定医療費（指定難病）</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="33"/>
        <source>52 小児慢性特定疾病</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="35"/>
        <source>17 療育医療</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="37"/>
        <source>新規</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="39"/>
        <source>更新</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="41"/>
        <source>変更</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="43"/>
        <source>登録者証のみ</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="45"/>
        <source>下書き</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="47"/>
        <source>承認待ち</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="49"/>
        <source>承認済み</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="51"/>
        <source>差戻し</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="53"/>
        <source>不認定</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="55"/>
        <source>不認定（登録者証交付）</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="57"/>
        <source>取下げ</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="59"/>
        <source>申請中</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="61"/>
        <source>有効</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="63"/>
        <source>終了</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="65"/>
        <source>男</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="67"/>
        <source>女</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="69"/>
        <source>%1 円</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="71"/>
        <source>臨床調査個人票（診断書）</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="73"/>
        <source>住民票</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="75"/>
        <source>保険証等の写し</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="77"/>
        <source>所得（課税状況）を確認する書類</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="79"/>
        <source>同意書</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="81"/>
        <source>その他</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="83"/>
        <source>受給者番号</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="85"/>
        <source>状態</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="87"/>
        <source>公費負担者番号</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="89"/>
        <source>氏名（姓）</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="91"/>
        <source>氏名（名）</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="93"/>
        <source>カナ（姓）</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="95"/>
        <source>カナ（名）</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="97"/>
        <source>生年月日</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="99"/>
        <source>性別</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="101"/>
        <source>郵便番号</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="103"/>
        <source>住所</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="105"/>
        <source>市町村コード</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="107"/>
        <source>電話番号</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="109"/>
        <source>保護者氏名</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="111"/>
        <source>保護者カナ</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="113"/>
        <source>保護者の続柄</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="115"/>
        <source>保険者番号</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="117"/>
        <source>被保険者証の記号</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="119"/>
        <source>被保険者証の番号</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="121"/>
        <source>受付日</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="123"/>
        <source>受付保健所</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="125"/>
        <source>疾病名</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="127"/>
        <source>所得区分</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="129"/>
        <source>階層区分（世帯から算定）</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="131"/>
        <source>階層区分を算定と変えた理由</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="133"/>
        <source>上限額の特例</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="135"/>
        <source>世帯の人数</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="137"/>
        <source>世帯内の受給者数</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="139"/>
        <source>自己負担上限月額</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="141"/>
        <source>有効期間（開始）</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="143"/>
        <source>有効期間（終了）</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="145"/>
        <source>遡りの理由</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="147"/>
        <source>診断年月日</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="149"/>
        <source>添付書類</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="151"/>
        <location filename="lupdate/HelperStrings.cpp" line="153"/>
        <source>（なし）</source>
        <extracomment>app/client/BenefitLabels.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::CertificateLoader</name>
    <message>
        <location filename="../app/client/CertificateLoader.cpp" line="68"/>
        <source>受給者が見つかりません（担当外の制度の受給者は表示できません）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/CertificateLoader.cpp" line="76"/>
        <source>指定された申請はこの受給者のものではありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/CertificateLoader.cpp" line="77"/>
        <source>この受給者には申請がありません。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::CertificatePreviewDialog</name>
    <message>
        <location filename="../app/client/CertificatePreviewDialog.cpp" line="26"/>
        <source>印刷プレビュー — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/CertificatePreviewDialog.cpp" line="29"/>
        <source>差戻し通知書</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/CertificatePreviewDialog.cpp" line="31"/>
        <location filename="../app/client/CertificatePreviewDialog.cpp" line="59"/>
        <location filename="../app/client/CertificatePreviewDialog.cpp" line="64"/>
        <source>PDFに保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/CertificatePreviewDialog.cpp" line="33"/>
        <source>表示中の書類をPDFファイルに保存します（個人番号は印字されません）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/CertificatePreviewDialog.cpp" line="47"/>
        <location filename="../app/client/CertificatePreviewDialog.cpp" line="78"/>
        <location filename="../app/client/CertificatePreviewDialog.cpp" line="83"/>
        <source>印刷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/CertificatePreviewDialog.cpp" line="54"/>
        <source>受給者証_%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/CertificatePreviewDialog.cpp" line="84"/>
        <source>この申請の状態では印刷できる書類がありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/CertificatePreviewDialog.cpp" line="115"/>
        <source>PDFファイルを作成できません: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/CertificatePreviewDialog.cpp" line="132"/>
        <source>PDFファイルを保存できません: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::ChangePasswordDialog</name>
    <message>
        <location filename="../app/client/ChangePasswordDialog.cpp" line="45"/>
        <source>Kohi — パスワードの変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ChangePasswordDialog.cpp" line="50"/>
        <source>初めてログインしました。利用を始める前に、初期パスワードをご自身だけが知るパスワードに変更してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ChangePasswordDialog.cpp" line="54"/>
        <source>パスワードの有効期限が切れています。変更するまでデータは利用できません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ChangePasswordDialog.cpp" line="57"/>
        <source>ユーザー管理者がパスワードを再発行しました。利用を始める前に変更してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ChangePasswordDialog.cpp" line="60"/>
        <location filename="../app/client/ChangePasswordDialog.cpp" line="131"/>
        <source>新しいパスワードを入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ChangePasswordDialog.cpp" line="67"/>
        <source>条件: 12文字以上（管理者の設定による）、英大文字・英小文字・数字・記号のうち3種類以上、ユーザーIDを含まない、最近使ったものは不可。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ChangePasswordDialog.cpp" line="77"/>
        <source>現在のパスワード(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ChangePasswordDialog.cpp" line="78"/>
        <source>新しいパスワード(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ChangePasswordDialog.cpp" line="79"/>
        <source>新しいパスワード（確認）(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ChangePasswordDialog.cpp" line="88"/>
        <source>変更する</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ChangePasswordDialog.cpp" line="91"/>
        <source>キャンセル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ChangePasswordDialog.cpp" line="91"/>
        <source>ログアウト</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ChangePasswordDialog.cpp" line="126"/>
        <source>現在のパスワードを入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ChangePasswordDialog.cpp" line="136"/>
        <source>新しいパスワードと確認用の入力が一致しません。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::CorrectionRequestDialog</name>
    <message>
        <location filename="../app/client/CorrectionRequestDialog.cpp" line="19"/>
        <source>補正依頼 — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/CorrectionRequestDialog.cpp" line="29"/>
        <source>申請者に補正を求める事項(&amp;T)&#x3000;— 補正依頼書に印刷されます（例: 健康保険証の写しを添付してください）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/CorrectionRequestDialog.cpp" line="35"/>
        <source>担当者への内部メモ(&amp;M)&#x3000;— 職員だけが見ます。印刷されません（任意）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/CorrectionRequestDialog.cpp" line="39"/>
        <source>補正依頼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/CorrectionRequestDialog.cpp" line="42"/>
        <source>キャンセル</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::CreateUserDialog</name>
    <message>
        <location filename="../app/client/CreateUserDialog.cpp" line="20"/>
        <source>ユーザーの新規作成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/CreateUserDialog.cpp" line="25"/>
        <source>英小文字で始まる英小文字・数字・下線（例: yamada_h）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/CreateUserDialog.cpp" line="31"/>
        <source>ユーザーID(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/CreateUserDialog.cpp" line="32"/>
        <source>氏名(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/CreateUserDialog.cpp" line="35"/>
        <source>初期パスワードは自動で作成され、作成後に一度だけ表示されます。本人は最初のログインで変更する必要があります。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/CreateUserDialog.cpp" line="46"/>
        <source>作成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/CreateUserDialog.cpp" line="48"/>
        <source>キャンセル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/CreateUserDialog.cpp" line="79"/>
        <source>ユーザーIDを入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/CreateUserDialog.cpp" line="84"/>
        <source>氏名を入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::DailyCountChart</name>
    <message>
        <location filename="../app/client/DailyCountChart.cpp" line="143"/>
        <source>件数はまだありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/DailyCountChart.cpp" line="147"/>
        <source>%1〜%2 の記録 %3 件（日別）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/DailyCountChart.cpp" line="178"/>
        <source>本日 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/DailyCountChart.cpp" line="182"/>
        <source>最大 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/DailyCountChart.cpp" line="203"/>
        <source>%1（%2）: %3 件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::DesignationField</name>
    <message>
        <location filename="../app/client/DesignationField.cpp" line="106"/>
        <source>%1 医師（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/DesignationField.cpp" line="117"/>
        <source>指定医番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/DesignationField.cpp" line="117"/>
        <source>指定医療機関コード</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/DesignationField.cpp" line="121"/>
        <source>%1「%2」は登録されていません。名称の一部を入力して一覧から選んでください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/DesignationField.cpp" line="124"/>
        <source>%1はこの制度の指定を受けていません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/DesignationField.cpp" line="126"/>
        <source>%1の指定期間は%2で終了しています。選べません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/DesignationField.cpp" line="129"/>
        <source>%1の指定は%2からです。まだ選べません。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::DutiesDialog</name>
    <message>
        <location filename="../app/client/DutiesDialog.cpp" line="19"/>
        <source>職務の変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/DutiesDialog.cpp" line="20"/>
        <source>%1（%2）の職務</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/DutiesDialog.cpp" line="27"/>
        <source>変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/DutiesDialog.cpp" line="29"/>
        <source>キャンセル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/DutiesDialog.cpp" line="41"/>
        <source>承認者・個人番号閲覧者・監査担当・ユーザー管理者を新たに付与するときは提案になり、別のユーザー管理者が承認すると付与されます（新しいアカウントの初期パスワードは、承認した管理者に表示されます）。ユーザー管理者は業務の職務を兼ねられません。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::DutySelector</name>
    <message>
        <location filename="../app/client/DutySelector.cpp" line="18"/>
        <source>職務</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::EvidenceCabinetDialog</name>
    <message>
        <location filename="../app/client/evidence/EvidenceCabinetDialog.cpp" line="21"/>
        <source>保管庫の登録</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCabinetDialog.cpp" line="25"/>
        <source>保管庫</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCabinetDialog.cpp" line="25"/>
        <source>設置場所</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCabinetDialog.cpp" line="25"/>
        <source>区域</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCabinetDialog.cpp" line="25"/>
        <source>個人番号の証拠書類</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCabinetDialog.cpp" line="41"/>
        <source>登録(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCabinetDialog.cpp" line="44"/>
        <source>使用終了(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCabinetDialog.cpp" line="47"/>
        <source>閉じる</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCabinetDialog.cpp" line="54"/>
        <source>名前(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCabinetDialog.cpp" line="55"/>
        <source>設置場所(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCabinetDialog.cpp" line="56"/>
        <source>区域(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCabinetDialog.cpp" line="100"/>
        <source>保管できる</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCabinetDialog.cpp" line="100"/>
        <source>保管できない</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCabinetDialog.cpp" line="112"/>
        <source>保管庫「%1」を登録しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCabinetDialog.cpp" line="123"/>
        <source>使用を終える保管庫を一覧で選んでください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCabinetDialog.cpp" line="132"/>
        <source>保管庫「%1」の使用を終えました。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::EvidenceCustodyDialog</name>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="28"/>
        <source>証拠書類の保管</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="35"/>
        <source>7桁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="36"/>
        <source>受給者の書類(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="41"/>
        <source>保管庫の書類(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="45"/>
        <source>受給者番号(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="51"/>
        <source>保管庫(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="72"/>
        <source>持ち出し・返却の理由（必須、200文字以内）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="75"/>
        <source>持ち出し(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="78"/>
        <source>返却(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="82"/>
        <source>理由(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="86"/>
        <source>返却先(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="101"/>
        <source>例: 個人番号カードの写し</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="108"/>
        <source>登録(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="111"/>
        <source>受け付けた書類の登録（表示中の受給者）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="113"/>
        <source>種類(&amp;I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="114"/>
        <source>書類名(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="115"/>
        <source>受領日(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="116"/>
        <source>保管庫(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="123"/>
        <source>閉じる</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="173"/>
        <source>元の保管庫</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="175"/>
        <source>%1（%2・%3）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="187"/>
        <source>受給者番号は7桁の数字で入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="200"/>
        <source>受給者番号 %1 の受給者は見つかりません（担当の制度の受給者だけを表示できます）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="213"/>
        <source>保管庫を選んでください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="237"/>
        <source>%1 件（持ち出し中 %2 件、うち返却期限超過 %3 件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="241"/>
        <source>%1 件（持ち出し中 %2 件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="256"/>
        <source>書類を登録する受給者を、受給者番号で表示してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="271"/>
        <source>書類を登録しました（%1）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="279"/>
        <source>持ち出す書類を一覧で選んでください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="289"/>
        <source>「%1」を持ち出しました。返却を忘れないでください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="297"/>
        <source>返却する書類を一覧で選んでください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceCustodyDialog.cpp" line="308"/>
        <source>「%1」を返却しました。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::EvidenceDocumentModel</name>
    <message>
        <location filename="../app/client/evidence/EvidenceDocumentModel.cpp" line="34"/>
        <source>個人番号の証拠書類</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceDocumentModel.cpp" line="34"/>
        <source>その他の書類</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceDocumentModel.cpp" line="40"/>
        <source>返却期限超過（%1 %2〜）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceDocumentModel.cpp" line="40"/>
        <source>持ち出し中（%1 %2〜）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceDocumentModel.cpp" line="43"/>
        <source>廃棄済み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceDocumentModel.cpp" line="44"/>
        <source>保管中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceDocumentModel.cpp" line="64"/>
        <source>%1（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceDocumentModel.cpp" line="82"/>
        <source>受給者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceDocumentModel.cpp" line="84"/>
        <source>種類</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceDocumentModel.cpp" line="86"/>
        <source>書類</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceDocumentModel.cpp" line="88"/>
        <source>受領日（受領者）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceDocumentModel.cpp" line="90"/>
        <source>保管庫</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceDocumentModel.cpp" line="92"/>
        <source>状態</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/evidence/EvidenceDocumentModel.cpp" line="94"/>
        <source>持ち出しの理由</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::HouseholdDialog</name>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="84"/>
        <source>支給認定基準世帯（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="86"/>
        <source>世帯と医療保険</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="90"/>
        <source>例: 世帯主の氏名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="93"/>
        <source>国民健康保険・後期高齢者医療（加入している世帯員全員）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="95"/>
        <source>被用者保険（協会けんぽ・組合・共済: 被保険者本人のみ）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="99"/>
        <source>生活保護を受けている</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="101"/>
        <source>世帯の名前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="102"/>
        <source>医療保険</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="103"/>
        <source>保険者番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="106"/>
        <source>世帯員（課税証明書・保険証から）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="110"/>
        <source>氏名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="110"/>
        <source>続柄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="110"/>
        <source>区分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="111"/>
        <source>患者と同じ
医療保険</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="111"/>
        <source>被保険者
本人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="112"/>
        <source>市町村民税
非課税</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="112"/>
        <source>所得割額（円）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="113"/>
        <source>年収（円）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="113"/>
        <source>他制度の受給者
上限月額（円）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="118"/>
        <source>世帯員を追加(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="120"/>
        <source>選択した世帯員を削除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="131"/>
        <source>算定結果（サーバーが算定）: 階層区分（所得区分）と上限月額</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="139"/>
        <source>受給者（申請）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="139"/>
        <source>状態</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="139"/>
        <source>特例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="140"/>
        <source>階層区分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="140"/>
        <source>按分前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="141"/>
        <source>按分後の上限月額</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="153"/>
        <source>保存して算定(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="157"/>
        <source>閉じる</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="180"/>
        <source>本人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="184"/>
        <source>保存すると、世帯員の所得割などから階層区分と上限月額を算定します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="197"/>
        <source>患者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="198"/>
        <source>保護者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="199"/>
        <source>その他</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="259"/>
        <source>所得割額</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="259"/>
        <source>年収</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="259"/>
        <source>他制度の上限月額</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="264"/>
        <source>%1人目の%2は数字（円）で入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="292"/>
        <source>保存しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="294"/>
        <source>この世帯の申請 %1 件の階層区分・上限月額（按分）を算定し直しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="327"/>
        <source>&lt;b&gt;階層区分: 算定できません&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="328"/>
        <source>&lt;b&gt;階層区分（所得区分）: %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="332"/>
        <source>基準表: 法別%1・%2円以上%3（%4 から適用）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="337"/>
        <source>%1円未満</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="344"/>
        <source>%1（%2: %3）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="349"/>
        <source>非課税</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="350"/>
        <source>所得割 %1円</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="353"/>
        <source>算定に含めない</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="356"/>
        <source>世帯員: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="371"/>
        <source>（認定後に按分が変わりました: 変更の申請が必要です）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/HouseholdDialog.cpp" line="372"/>
        <source>%1（申請 %2）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::InitialPasswordDialog</name>
    <message>
        <location filename="../app/client/InitialPasswordDialog.cpp" line="20"/>
        <source>初期パスワード</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/InitialPasswordDialog.cpp" line="22"/>
        <source>ユーザー「%1」の初期パスワードです。この画面を閉じると二度と表示できません。本人に直接伝えてください（メールやメモに残さないでください）。本人は最初のログインで変更する必要があります。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/InitialPasswordDialog.cpp" line="43"/>
        <source>確認しました（閉じる）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::JukiImportWizard</name>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="42"/>
        <source>ファイルを開けません: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="44"/>
        <source>ファイルが大きすぎます（64 MB まで）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="47"/>
        <source>ファイルが選択後に変更されています。もう一度選び直してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="66"/>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="164"/>
        <source>行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="66"/>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="164"/>
        <source>照会番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="67"/>
        <source>結果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="67"/>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="92"/>
        <source>回答ファイルの選択</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="93"/>
        <source>住基ネット端末の担当者から受け取った回答ファイル（CSV）を選んでください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="97"/>
        <source>参照(&amp;B)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="111"/>
        <source>回答ファイル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="112"/>
        <source>CSV ファイル (*.csv *.txt);;すべてのファイル (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="147"/>
        <source>内容の確認と検証</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="148"/>
        <source>個人番号は表示しません。住民票コードは読み込み時に捨て、保存も表示もしません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="165"/>
        <source>処理結果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="165"/>
        <source>氏名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="166"/>
        <source>氏名カナ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="166"/>
        <source>生年月日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="167"/>
        <source>性別</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="167"/>
        <source>個人番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="168"/>
        <source>検証</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="176"/>
        <source>男</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="177"/>
        <source>女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="181"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="184"/>
        <source>文字コード: %1&#x3000;&#x3000;%2 件（うち形式の誤り %3 件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="210"/>
        <source>照合</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="211"/>
        <source>照会番号で受給者と照合し、生年月日・性別・カナ氏名を確かめました（まだ何も変更していません）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="255"/>
        <source>取り込みの確認</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="258"/>
        <source>照合の結果を確認しました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="266"/>
        <source>取り込む(&amp;I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="273"/>
        <source>受理 %1 件の個人番号を暗号化して「承認待ち」として登録します（承認者の照合で確定します）。確認リストへ送る行 %2 件、取り込まない行 %3 件。ファイル全体を一度に取り込み、途中で失敗したときは何も変更しません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="308"/>
        <source>取り込みの結果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="315"/>
        <source>CSV で保存(&amp;S)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="323"/>
        <source>結果の保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="324"/>
        <source>CSV ファイル (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="348"/>
        <source>住基ネット回答の取り込み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="351"/>
        <source>&lt; 戻る(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="352"/>
        <source>次へ(&amp;N) &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="353"/>
        <source>キャンセル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="354"/>
        <source>閉じる(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiImportWizard.cpp" line="373"/>
        <source>保存できませんでした: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::JukiReviewDialog</name>
    <message>
        <location filename="../app/client/juki/JukiReviewDialog.cpp" line="20"/>
        <source>男</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiReviewDialog.cpp" line="21"/>
        <source>女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiReviewDialog.cpp" line="31"/>
        <source>住基ネット確認リスト</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiReviewDialog.cpp" line="44"/>
        <source>対応の内容（必須、200文字以内）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiReviewDialog.cpp" line="45"/>
        <source>再照会(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiReviewDialog.cpp" line="47"/>
        <source>対応済み(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiReviewDialog.cpp" line="49"/>
        <source>閉じる</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiReviewDialog.cpp" line="74"/>
        <source>取り込み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiReviewDialog.cpp" line="74"/>
        <source>行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiReviewDialog.cpp" line="74"/>
        <source>照会番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiReviewDialog.cpp" line="74"/>
        <source>結果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiReviewDialog.cpp" line="75"/>
        <source>受給者番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiReviewDialog.cpp" line="75"/>
        <source>登録の内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiReviewDialog.cpp" line="75"/>
        <source>回答ファイル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiReviewDialog.cpp" line="76"/>
        <source>理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiReviewDialog.cpp" line="94"/>
        <source>確認待ち %1 件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiReviewDialog.cpp" line="101"/>
        <source>対応する行を選んでください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiReviewDialog.cpp" line="115"/>
        <source>対応済みにしました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/juki/JukiReviewDialog.cpp" line="116"/>
        <source>新しい照会番号 %1 を発行しました。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::KeyProposalWidget</name>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="31"/>
        <source>Kohi — 鍵の操作の承認</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="35"/>
        <source>個人番号の鍵の作成・更新と閲覧者の登録・削除は、ひとりが提案し、別の職員が承認します。承認された操作は、提案した職員が承認から決められた時間内に一度だけ実行できます。自分の提案と、自分が対象の提案は承認できません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="38"/>
        <source>番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="38"/>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="38"/>
        <source>対象の閲覧者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="38"/>
        <source>提案者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="38"/>
        <source>提案日時</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="38"/>
        <source>状態</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="39"/>
        <source>期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="39"/>
        <source>鍵が削除される閲覧者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="39"/>
        <source>理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="40"/>
        <source>確認した内容など（任意、200文字以内、個人番号は書かない）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="146"/>
        <source>却下</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="106"/>
        <source>承認できる提案です</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="114"/>
        <source>承認を待っている鍵の操作はありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="146"/>
        <source>取り下げ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="149"/>
        <source>提案を選んでください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="152"/>
        <source>提案 %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="154"/>
        <source>（閲覧者 %1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="155"/>
        <source>、提案者 %1、状態 %2。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="157"/>
        <source>この鍵の更新で、%1 の復号用の鍵は削除されます（再登録が必要）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="160"/>
        <source>自分の提案は承認できません。別の職員の承認を待ってください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="162"/>
        <source>自分が対象の提案は承認できません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="180"/>
        <source>提案 %1 を承認しました。%2 が %3 までに一度だけ実行できます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="203"/>
        <source>提案 %1 を取り下げました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/KeyProposalWidget.cpp" line="204"/>
        <source>提案 %1 を却下しました。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::LockCurtain</name>
    <message>
        <location filename="../app/client/LockCurtain.cpp" line="22"/>
        <source>画面をロックしました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/LockCurtain.cpp" line="39"/>
        <source>Kohi — ロック中</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::LockScreen</name>
    <message>
        <location filename="../app/client/LockScreen.cpp" line="24"/>
        <source>Kohi — 画面ロック</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/LockScreen.cpp" line="28"/>
        <source>画面をロックしました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/LockScreen.cpp" line="34"/>
        <source>作業を続けるには、パスワードを入力してロックを解除してください。別の人が使う場合は「ログアウト」を押してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/LockScreen.cpp" line="53"/>
        <source>ログイン中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/LockScreen.cpp" line="54"/>
        <source>パスワード(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/LockScreen.cpp" line="62"/>
        <source>ロック解除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/LockScreen.cpp" line="66"/>
        <source>ログアウト</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/LockScreen.cpp" line="106"/>
        <source>パスワードを入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/LockScreen.cpp" line="114"/>
        <source>確認しています…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/LockScreen.cpp" line="135"/>
        <source>あと %1 回失敗するとアカウントがロックされます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/LockScreen.cpp" line="138"/>
        <source>アカウントはロックされました。ユーザー管理者に連絡してください。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::LoginDialog</name>
    <message>
        <location filename="../app/client/LoginDialog.cpp" line="30"/>
        <source>Kohi 公費負担医療システム — ログイン</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/LoginDialog.cpp" line="33"/>
        <source>公費負担医療システム</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/LoginDialog.cpp" line="38"/>
        <source>ご自身のユーザーIDとパスワードでログインしてください。IDとパスワードを他の人と共有しないでください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/LoginDialog.cpp" line="54"/>
        <source>ユーザーID(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/LoginDialog.cpp" line="55"/>
        <source>パスワード(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/LoginDialog.cpp" line="64"/>
        <source>ログイン</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/LoginDialog.cpp" line="67"/>
        <source>終了</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/LoginDialog.cpp" line="71"/>
        <source>接続先: %1:%2 / %3（TLS・証明書検証あり）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/LoginDialog.cpp" line="117"/>
        <source>ユーザーIDを入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/LoginDialog.cpp" line="122"/>
        <source>パスワードを入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/LoginDialog.cpp" line="130"/>
        <source>接続しています…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/LoginDialog.cpp" line="153"/>
        <source>ログインを記録できないため中止しました: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::MainWindow</name>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="65"/>
        <source>Kohi 公費負担医療システム ［%1］ — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="80"/>
        <source>ホーム</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="110"/>
        <source>ファイル(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="111"/>
        <source>パスワードの変更(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="114"/>
        <source>パスワードを変更しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="116"/>
        <source>ログアウト(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="118"/>
        <source>終了(&amp;X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="121"/>
        <location filename="../app/client/MainWindow.cpp" line="159"/>
        <source>業務(&amp;W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="123"/>
        <source>住基ネット回答の取り込み(&amp;J)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="128"/>
        <source>住基ネット確認リスト(&amp;R)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="134"/>
        <source>一斉更新(&amp;U)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="139"/>
        <source>受給者の統計(&amp;S)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="144"/>
        <source>受給者一覧のCSV出力(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="149"/>
        <source>証拠書類の保管(&amp;H)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="160"/>
        <source>保管庫の登録(&amp;K)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="166"/>
        <source>ヘルプ(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="167"/>
        <source>バージョン情報(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="169"/>
        <source>バージョン情報</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="170"/>
        <source>Kohi 公費負担医療システム %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="173"/>
        <source>ログイン中: %1（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="178"/>
        <source>パスワードの有効期限まであと %1 日です。［ファイル］→［パスワードの変更］から変更してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="198"/>
        <source>受給者検索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="201"/>
        <source>申請入力</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="204"/>
        <source>承認待ち</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="213"/>
        <source>保存期間・廃棄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="221"/>
        <source>個人番号の表示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="223"/>
        <source>ユーザー管理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="227"/>
        <source>鍵の操作の承認</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="231"/>
        <source>アクセスログ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="234"/>
        <location filename="../app/client/MainWindow.cpp" line="237"/>
        <source>監視</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="237"/>
        <source>監視（未確認 %1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="248"/>
        <source>自分の操作履歴</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="265"/>
        <source>個人番号の照合（証拠書類から再入力）…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="270"/>
        <location filename="../app/client/MainWindow.cpp" line="277"/>
        <source>個人番号の照合</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="270"/>
        <source>申請を選択してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="278"/>
        <source>照合待ちの個人番号はありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="305"/>
        <source>受給者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="309"/>
        <source>受給者証・通知書のプレビュー(&amp;V)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="312"/>
        <source>申請の一覧で選んだ申請の書類（選んでいなければ有効な受給者証）を表示します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="334"/>
        <source>更新申請を入力(&amp;R)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="335"/>
        <source>変更申請を入力(&amp;C)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="356"/>
        <source>個人番号の登録(&amp;M)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="365"/>
        <source>住基ネットに照会…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="369"/>
        <source>申請書に個人番号の記入がない</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="370"/>
        <source>個人番号の確認ができなかった</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="379"/>
        <source>照会番号 %1 を発行しました（住基ネット端末の担当者への書き出しを待ちます）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="322"/>
        <source>受給者証</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="396"/>
        <source>受給者（申請中）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="397"/>
        <source>受給者 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="407"/>
        <location filename="../app/client/MainWindow.cpp" line="418"/>
        <source>申請</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="430"/>
        <source>%1 さん、ログインしました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="436"/>
        <source>ログイン情報</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="447"/>
        <source>ユーザーID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="448"/>
        <source>氏名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="449"/>
        <source>職務</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="450"/>
        <source>（職務が割り当てられていません）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="452"/>
        <source>担当制度（法別番号）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="453"/>
        <source>なし</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="456"/>
        <source>環境</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="460"/>
        <source>接続先</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="461"/>
        <source>端末ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="462"/>
        <source>ログイン時刻</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="466"/>
        <source>担当制度の受給者数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="471"/>
        <source>%L1 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MainWindow.cpp" line="476"/>
        <source>受給者数を取得できません。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::MonitorAlertModel</name>
    <message>
        <location filename="../app/client/MonitorAlertModel.cpp" line="53"/>
        <source>未確認</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonitorAlertModel.cpp" line="53"/>
        <source>確認済み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonitorAlertModel.cpp" line="67"/>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonitorAlertModel.cpp" line="97"/>
        <source>状態</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonitorAlertModel.cpp" line="99"/>
        <source>日付</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonitorAlertModel.cpp" line="101"/>
        <source>ルール</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonitorAlertModel.cpp" line="103"/>
        <source>職員</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonitorAlertModel.cpp" line="105"/>
        <source>件数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonitorAlertModel.cpp" line="107"/>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonitorAlertModel.cpp" line="109"/>
        <source>確認</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::MonitorRulesDialog</name>
    <message>
        <location filename="../app/client/MonitorRulesDialog.cpp" line="51"/>
        <source>監視ルール</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonitorRulesDialog.cpp" line="54"/>
        <source>件数は職員ごと・1日ごとに数えます。変更はアクセスログに記録されます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonitorRulesDialog.cpp" line="55"/>
        <source>監視ルールの変更は監査担当者が行います（閲覧のみ）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonitorRulesDialog.cpp" line="61"/>
        <source>ルール</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonitorRulesDialog.cpp" line="61"/>
        <source>有効</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonitorRulesDialog.cpp" line="61"/>
        <source>基準（件/日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonitorRulesDialog.cpp" line="62"/>
        <source>件数の条件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonitorRulesDialog.cpp" line="62"/>
        <source>勤務開始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonitorRulesDialog.cpp" line="62"/>
        <source>勤務終了</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonitorRulesDialog.cpp" line="63"/>
        <source>最終変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonitorRulesDialog.cpp" line="74"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonitorRulesDialog.cpp" line="110"/>
        <source> 件以上</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonitorRulesDialog.cpp" line="157"/>
        <source>「%1」を保存できません: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonitorRulesDialog.cpp" line="159"/>
        <source>保存済み: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonitorRulesDialog.cpp" line="166"/>
        <source>変更はありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonitorRulesDialog.cpp" line="167"/>
        <source>保存しました: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::MonitorWidget</name>
    <message>
        <location filename="../app/client/MonitorWidget.cpp" line="45"/>
        <source>過去14日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonitorWidget.cpp" line="46"/>
        <source>過去30日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonitorWidget.cpp" line="47"/>
        <source>過去90日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonitorWidget.cpp" line="49"/>
        <source>更新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonitorWidget.cpp" line="51"/>
        <source>監視ルールの設定...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonitorWidget.cpp" line="51"/>
        <source>監視ルール...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonitorWidget.cpp" line="55"/>
        <source>期間</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonitorWidget.cpp" line="62"/>
        <source>日別の件数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonitorWidget.cpp" line="78"/>
        <source>確認済みも表示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonitorWidget.cpp" line="80"/>
        <source>確認済みにする...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonitorWidget.cpp" line="82"/>
        <source>該当する記録を表示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonitorWidget.cpp" line="90"/>
        <source>警告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonitorWidget.cpp" line="138"/>
        <source>更新できませんでした: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonitorWidget.cpp" line="152"/>
        <source>%1 時点。未確認の警告 %2 件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonitorWidget.cpp" line="157"/>
        <source>まだ評価していない記録が %1 件あります（次の更新で続きを評価します）。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::MonthlyCostDialog</name>
    <message>
        <location filename="../app/client/MonthlyCostDialog.cpp" line="40"/>
        <source>医療費総額（自己負担上限額管理票から）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonthlyCostDialog.cpp" line="43"/>
        <source>例: 2026-11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonthlyCostDialog.cpp" line="46"/>
        <source>医療費総額（10割、円）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonthlyCostDialog.cpp" line="47"/>
        <source>この月を保存(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonthlyCostDialog.cpp" line="51"/>
        <location filename="../app/client/MonthlyCostDialog.cpp" line="55"/>
        <source>年月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonthlyCostDialog.cpp" line="52"/>
        <source>医療費総額（円）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonthlyCostDialog.cpp" line="55"/>
        <source>医療費総額</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonthlyCostDialog.cpp" line="55"/>
        <source>5万円超（高額かつ長期）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonthlyCostDialog.cpp" line="56"/>
        <source>33,330円超（軽症高額）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonthlyCostDialog.cpp" line="67"/>
        <source>閉じる</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonthlyCostDialog.cpp" line="87"/>
        <source>年月は「2026-11」のように入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonthlyCostDialog.cpp" line="99"/>
        <source>医療費総額は数字（円）で入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonthlyCostDialog.cpp" line="109"/>
        <source>%1年%2月の医療費総額を保存しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonthlyCostDialog.cpp" line="131"/>
        <source>%1年%2月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonthlyCostDialog.cpp" line="133"/>
        <location filename="../app/client/MonthlyCostDialog.cpp" line="134"/>
        <source>○</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MonthlyCostDialog.cpp" line="138"/>
        <source>入力済みの月のうち 5万円超: %1か月、33,330円超: %2か月。申請ごとの判定（申請月以前の12か月、高額かつ長期は認定後の月のみ）は申請入力に表示されます。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::MyNumberConfirmDialog</name>
    <message>
        <location filename="../app/client/MyNumberConfirmDialog.cpp" line="21"/>
        <source>個人番号の照合</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberConfirmDialog.cpp" line="24"/>
        <source>申請書類の個人番号を入力してください。登録された番号は表示されません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberConfirmDialog.cpp" line="36"/>
        <source>12桁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberConfirmDialog.cpp" line="39"/>
        <source>区分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberConfirmDialog.cpp" line="41"/>
        <source>氏名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberConfirmDialog.cpp" line="45"/>
        <source>続柄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberConfirmDialog.cpp" line="48"/>
        <source>個人番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberConfirmDialog.cpp" line="55"/>
        <source>照合</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberConfirmDialog.cpp" line="58"/>
        <source>閉じる</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberConfirmDialog.cpp" line="91"/>
        <source>個人番号を入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::MyNumberEntryDialog</name>
    <message>
        <location filename="../app/client/MyNumberEntryDialog.cpp" line="49"/>
        <source>個人番号の登録</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberEntryDialog.cpp" line="53"/>
        <source>本人（受診者）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberEntryDialog.cpp" line="54"/>
        <source>保護者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberEntryDialog.cpp" line="55"/>
        <source>世帯員</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberEntryDialog.cpp" line="70"/>
        <source>カタカナ（他の受給者にも登録する人は必須）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberEntryDialog.cpp" line="75"/>
        <source>例: 1985-04-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberEntryDialog.cpp" line="79"/>
        <source>12桁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberEntryDialog.cpp" line="87"/>
        <source>区分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberEntryDialog.cpp" line="88"/>
        <source>氏名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberEntryDialog.cpp" line="89"/>
        <source>続柄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberEntryDialog.cpp" line="90"/>
        <source>氏名カナ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberEntryDialog.cpp" line="91"/>
        <source>生年月日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberEntryDialog.cpp" line="92"/>
        <source>個人番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberEntryDialog.cpp" line="95"/>
        <source>登録</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberEntryDialog.cpp" line="98"/>
        <source>閉じる</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberEntryDialog.cpp" line="166"/>
        <source>氏名を入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberEntryDialog.cpp" line="171"/>
        <source>続柄を入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberEntryDialog.cpp" line="179"/>
        <source>生年月日は 1985-04-01 のように年-月-日で入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberEntryDialog.cpp" line="184"/>
        <source>氏名カナと生年月日は両方入力してください（片方だけでは同じ人と確かめられません）。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::MyNumberHolderModel</name>
    <message>
        <location filename="../app/client/MyNumberHolderModel.cpp" line="24"/>
        <source>%1（受給者番号 未付番・申請中）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberHolderModel.cpp" line="25"/>
        <source>%1（受給者番号 %2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberHolderModel.cpp" line="30"/>
        <source>（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberHolderModel.cpp" line="31"/>
        <source>%1の%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberHolderModel.cpp" line="52"/>
        <source>番号を見るには［表示…］を押し、理由とパスフレーズを入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberHolderModel.cpp" line="57"/>
        <source>（申請中）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberHolderModel.cpp" line="95"/>
        <source>受給者番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberHolderModel.cpp" line="97"/>
        <source>受給者氏名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberHolderModel.cpp" line="99"/>
        <source>カナ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberHolderModel.cpp" line="101"/>
        <source>生年月日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberHolderModel.cpp" line="103"/>
        <source>制度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberHolderModel.cpp" line="105"/>
        <source>市町村</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberHolderModel.cpp" line="107"/>
        <source>区分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberHolderModel.cpp" line="109"/>
        <source>番号の本人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberHolderModel.cpp" line="111"/>
        <source>続柄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberHolderModel.cpp" line="113"/>
        <source>個人番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberHolderModel.cpp" line="115"/>
        <source>状態</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberHolderModel.cpp" line="117"/>
        <source>登録日時</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::MyNumberRevealDialog</name>
    <message>
        <location filename="../app/client/MyNumberRevealDialog.cpp" line="52"/>
        <source>個人番号の表示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberRevealDialog.cpp" line="72"/>
        <source>表示理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberRevealDialog.cpp" line="73"/>
        <source>理由（詳細）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberRevealDialog.cpp" line="74"/>
        <source>復号用パスフレーズ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberRevealDialog.cpp" line="98"/>
        <source>表示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberRevealDialog.cpp" line="101"/>
        <source>閉じる</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberRevealDialog.cpp" line="145"/>
        <source>表示理由を取得できません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberRevealDialog.cpp" line="157"/>
        <source>表示理由を選択してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberRevealDialog.cpp" line="161"/>
        <source>表示理由の詳細を入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberRevealDialog.cpp" line="166"/>
        <source>復号用パスフレーズを入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberRevealDialog.cpp" line="220"/>
        <source>あと %1 秒で消去します。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::MyNumberStatusModel</name>
    <message>
        <location filename="../app/client/MyNumberStatusModel.cpp" line="21"/>
        <source>照合待ち</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberStatusModel.cpp" line="23"/>
        <source>照合済み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberStatusModel.cpp" line="25"/>
        <location filename="../app/client/MyNumberStatusModel.cpp" line="51"/>
        <location filename="../app/client/MyNumberStatusModel.cpp" line="59"/>
        <source>未登録</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberStatusModel.cpp" line="75"/>
        <source>個人番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberStatusModel.cpp" line="77"/>
        <source>区分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberStatusModel.cpp" line="79"/>
        <source>氏名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberStatusModel.cpp" line="81"/>
        <source>続柄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberStatusModel.cpp" line="83"/>
        <source>状態</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberStatusModel.cpp" line="85"/>
        <source>登録日時</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::MyNumberStatusWidget</name>
    <message>
        <location filename="../app/client/MyNumberStatusWidget.cpp" line="38"/>
        <source>コピー</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::MyNumberViewerWidget</name>
    <message>
        <location filename="../app/client/MyNumberViewerWidget.cpp" line="31"/>
        <source>個人番号の表示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberViewerWidget.cpp" line="33"/>
        <source>7桁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberViewerWidget.cpp" line="37"/>
        <source>ヤマダ タロウ（前方一致・2文字以上）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberViewerWidget.cpp" line="39"/>
        <source>S45.5.5 / 1970-05-05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberViewerWidget.cpp" line="42"/>
        <source>検索(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberViewerWidget.cpp" line="45"/>
        <source>条件クリア</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberViewerWidget.cpp" line="48"/>
        <source>番号を表示する人の検索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberViewerWidget.cpp" line="50"/>
        <source>受給者番号(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberViewerWidget.cpp" line="51"/>
        <source>カナ氏名(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberViewerWidget.cpp" line="52"/>
        <source>生年月日(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberViewerWidget.cpp" line="53"/>
        <source>受給者番号、またはカナ氏名と生年月日の両方で検索します。検索も表示もすべてアクセスログに記録されます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberViewerWidget.cpp" line="83"/>
        <source>表示(&amp;V)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberViewerWidget.cpp" line="158"/>
        <source>生年月日: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberViewerWidget.cpp" line="189"/>
        <source>個人番号が登録された該当者はいません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberViewerWidget.cpp" line="192"/>
        <source>%L1 件を表示しました（上限）。条件を絞り込んでください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/MyNumberViewerWidget.cpp" line="194"/>
        <source>%L1 件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::PolicySettingsWidget</name>
    <message>
        <location filename="../app/client/PolicySettingsWidget.cpp" line="19"/>
        <source>パスワードポリシーや無操作時間などの設定です。変更は保存した時点で全職員に適用され、監査ログに記録されます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/PolicySettingsWidget.cpp" line="24"/>
        <source>保存(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/PolicySettingsWidget.cpp" line="60"/>
        <source>%1〜%2（最終更新: %3 %4）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/PolicySettingsWidget.cpp" line="84"/>
        <source>変更された設定はありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/PolicySettingsWidget.cpp" line="89"/>
        <source>・%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/PolicySettingsWidget.cpp" line="94"/>
        <source>設定の保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/PolicySettingsWidget.cpp" line="95"/>
        <source>次の設定を変更します。全職員に適用されます。よろしいですか？

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/PolicySettingsWidget.cpp" line="118"/>
        <source>設定を保存しました（%1件）。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::ProposalReviewPanel</name>
    <message>
        <location filename="../app/client/ProposalReviewPanel.cpp" line="38"/>
        <source>終わった提案も表示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ProposalReviewPanel.cpp" line="41"/>
        <source>最新の情報に更新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ProposalReviewPanel.cpp" line="58"/>
        <source>承認</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ProposalReviewPanel.cpp" line="61"/>
        <source>却下</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ProposalReviewPanel.cpp" line="65"/>
        <source>メモ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::RecipientDetailWidget</name>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="49"/>
        <source>受給者の詳細</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="60"/>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="64"/>
        <source>申請番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="60"/>
        <source>区分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="60"/>
        <source>状態</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="60"/>
        <source>受付日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="60"/>
        <source>有効期間</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="61"/>
        <source>疾病名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="61"/>
        <source>所得区分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="61"/>
        <source>特例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="61"/>
        <source>上限月額</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="61"/>
        <source>差戻し理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="64"/>
        <source>変更日時</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="64"/>
        <source>入力者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="64"/>
        <source>承認者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="65"/>
        <source>変更内容（変更前 → 変更後）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="70"/>
        <source>登録内容(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="71"/>
        <source>申請(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="72"/>
        <source>変更履歴(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="94"/>
        <source>制度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="108"/>
        <source>本人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="114"/>
        <source>公費</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="118"/>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="131"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="120"/>
        <source>個人番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="121"/>
        <source>保護者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="122"/>
        <source>医療保険</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="134"/>
        <source>未登録</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="137"/>
        <source>%1（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="139"/>
        <source>照合済み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="139"/>
        <source>照合待ち</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="197"/>
        <source>（承認待ち）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="198"/>
        <source>%1（%2）&#x3000;受給者番号 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="201"/>
        <source>受給者の詳細 — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientDetailWidget.cpp" line="227"/>
        <source>新規登録</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::RecipientExportDialog</name>
    <message>
        <location filename="../app/client/statistics/RecipientExportDialog.cpp" line="24"/>
        <source>受給者一覧のCSV出力</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RecipientExportDialog.cpp" line="29"/>
        <source>カナ氏名の先頭（例: ヤマダ）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RecipientExportDialog.cpp" line="37"/>
        <source>カナ氏名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RecipientExportDialog.cpp" line="38"/>
        <source>受給者番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RecipientExportDialog.cpp" line="39"/>
        <source>生年月日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RecipientExportDialog.cpp" line="40"/>
        <source>電話番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RecipientExportDialog.cpp" line="42"/>
        <source>出力する項目（個人番号は出力できません）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RecipientExportDialog.cpp" line="58"/>
        <source>Shift_JIS（CP932・Excel向け）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RecipientExportDialog.cpp" line="59"/>
        <source>UTF-8（BOM付き）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RecipientExportDialog.cpp" line="60"/>
        <source>文字コード</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RecipientExportDialog.cpp" line="62"/>
        <source>CSVに出力(&amp;S)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RecipientExportDialog.cpp" line="72"/>
        <source>CSVの保存先</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RecipientExportDialog.cpp" line="72"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RecipientExportDialog.cpp" line="99"/>
        <source>生年月日は YYYY-MM-DD の形で入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RecipientExportDialog.cpp" line="120"/>
        <source>ファイルに書き込めません（%1）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RecipientExportDialog.cpp" line="123"/>
        <source>%1 件を出力しました。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::RecipientSearchModel</name>
    <message>
        <location filename="../app/client/RecipientSearchModel.cpp" line="84"/>
        <source>（承認待ち）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchModel.cpp" line="110"/>
        <source>受給者番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchModel.cpp" line="112"/>
        <source>氏名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchModel.cpp" line="114"/>
        <source>カナ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchModel.cpp" line="116"/>
        <source>生年月日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchModel.cpp" line="118"/>
        <source>性別</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchModel.cpp" line="120"/>
        <source>市町村</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchModel.cpp" line="122"/>
        <source>電話</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchModel.cpp" line="124"/>
        <source>状態</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::RecipientSearchWidget</name>
    <message>
        <location filename="../app/client/RecipientSearchWidget.cpp" line="48"/>
        <source>受給者検索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchWidget.cpp" line="50"/>
        <source>ヤマダ タロウ（前方一致・半角可）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchWidget.cpp" line="52"/>
        <source>7桁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchWidget.cpp" line="55"/>
        <source>S45.5.5 / 1970-05-05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchWidget.cpp" line="57"/>
        <source>072-000-0000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchWidget.cpp" line="60"/>
        <source>検索(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchWidget.cpp" line="63"/>
        <source>条件クリア</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchWidget.cpp" line="66"/>
        <source>検索条件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchWidget.cpp" line="68"/>
        <source>カナ氏名(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchWidget.cpp" line="69"/>
        <source>受給者番号(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchWidget.cpp" line="70"/>
        <source>生年月日(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchWidget.cpp" line="71"/>
        <source>電話番号(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchWidget.cpp" line="153"/>
        <source>生年月日: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchWidget.cpp" line="160"/>
        <source>電話番号は数字で入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchWidget.cpp" line="175"/>
        <source>検索しています…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchWidget.cpp" line="200"/>
        <source>該当する受給者はいません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchWidget.cpp" line="202"/>
        <source>%L1 件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RecipientSearchWidget.cpp" line="204"/>
        <source>%L1 件を表示（続きはスクロールで表示）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::RegisterStatisticsDialog</name>
    <message>
        <location filename="../app/client/statistics/RegisterStatisticsDialog.cpp" line="22"/>
        <source>受給者の統計</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RegisterStatisticsDialog.cpp" line="25"/>
        <source>集計日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RegisterStatisticsDialog.cpp" line="31"/>
        <source>集計(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RegisterStatisticsDialog.cpp" line="38"/>
        <source>制度別</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RegisterStatisticsDialog.cpp" line="38"/>
        <source>疾病別</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RegisterStatisticsDialog.cpp" line="38"/>
        <source>階層区分別</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RegisterStatisticsDialog.cpp" line="38"/>
        <source>保健所別</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RegisterStatisticsDialog.cpp" line="39"/>
        <source>制度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RegisterStatisticsDialog.cpp" line="39"/>
        <source>疾病名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RegisterStatisticsDialog.cpp" line="39"/>
        <source>階層区分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RegisterStatisticsDialog.cpp" line="39"/>
        <source>保健所</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RegisterStatisticsDialog.cpp" line="44"/>
        <source>受給者数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/statistics/RegisterStatisticsDialog.cpp" line="87"/>
        <source>%1 に有効な受給者証: %2 人</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::RejectionDialog</name>
    <message>
        <location filename="../app/client/RejectionDialog.cpp" line="23"/>
        <source>登録者証の交付（医療費は不認定） — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RejectionDialog.cpp" line="24"/>
        <source>不認定 — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RejectionDialog.cpp" line="32"/>
        <source>診断基準を満たさない</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RejectionDialog.cpp" line="33"/>
        <source>診断基準は満たすが、重症度分類等を満たさない</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RejectionDialog.cpp" line="35"/>
        <source>その他（理由欄のとおり）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RejectionDialog.cpp" line="48"/>
        <source>審査会の開催日(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RejectionDialog.cpp" line="49"/>
        <source>審査の結果(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RejectionDialog.cpp" line="51"/>
        <source>不認定の理由(&amp;J)&#x3000;— 申請者への通知書に印刷されます（例: 提出された臨床調査個人票の内容では、重症度分類等の基準を満たしていません）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RejectionDialog.cpp" line="57"/>
        <source>内部メモ(&amp;M)&#x3000;— 職員だけが見ます。通知書には印刷されません（任意）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RejectionDialog.cpp" line="61"/>
        <source>登録者証を交付</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RejectionDialog.cpp" line="61"/>
        <source>不認定とする</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RejectionDialog.cpp" line="65"/>
        <source>キャンセル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/RejectionDialog.cpp" line="73"/>
        <source>診断基準を満たし、重症度分類等のみを満たさないため医療費の助成は認定せず、登録者証を交付します。不認定通知書（教示付き）と登録者証が印刷できるようになります。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::RenewalBatchDialog</name>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="56"/>
        <source>一斉更新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="59"/>
        <source>新しい一斉更新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="64"/>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="207"/>
        <source>法別%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="75"/>
        <source>対象を選んで作成(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="77"/>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="85"/>
        <source>制度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="78"/>
        <source>有効期間の終了日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="79"/>
        <source>通知日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="80"/>
        <source>提出期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="85"/>
        <source>番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="85"/>
        <source>終了日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="85"/>
        <source>状態</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="86"/>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="128"/>
        <source>通知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="86"/>
        <source>提出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="86"/>
        <source>承認</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="86"/>
        <source>証の印刷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="100"/>
        <source>通知を作成(&amp;N)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="102"/>
        <source>中止(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="104"/>
        <source>取り消す(&amp;X)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="106"/>
        <source>再開(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="108"/>
        <source>新しい受給者証を一括印刷(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="116"/>
        <source>提出状況</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="119"/>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="362"/>
        <source>未提出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="120"/>
        <source>提出済み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="121"/>
        <source>承認済み・証の未印刷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="122"/>
        <source>すべて</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="128"/>
        <source>整理番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="128"/>
        <source>受給者番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="128"/>
        <source>氏名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="128"/>
        <source>保健所</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="128"/>
        <source>更新申請</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="144"/>
        <source>通知の出力先</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="155"/>
        <source>一斉更新の取り消し</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="155"/>
        <source>取り消しの理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="161"/>
        <source>受給者証の出力先</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="209"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="209"/>
        <source>実行中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="228"/>
        <source>通知 %1 / %2 件（PDF %3 / %4）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="260"/>
        <source>一斉更新のバッチ %1 を作成しました（対象 %2 人）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="270"/>
        <source>一斉更新のバッチを選んでください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="281"/>
        <source>通知を作成しています…（出力先 %1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="292"/>
        <source>中止しました（作成済み %1 件）。「通知を作成」で続きから作成します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="298"/>
        <source>通知をすべて作成しました（今回 %1 件、PDF %2）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="302"/>
        <source>バッチは取り消されています（今回 %1 件）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="310"/>
        <source>通知 %1 / %2 件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="332"/>
        <source>一斉更新のバッチ %1 を取り消しました。作成済みの通知はそのままです。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="346"/>
        <source>一斉更新のバッチ %1 を再開しました（未作成の通知 %2 件）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="363"/>
        <source>承認済み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="364"/>
        <source>差戻し</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="365"/>
        <source>受付済み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="369"/>
        <source>作成済み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="369"/>
        <source>未作成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="396"/>
        <source>PDFファイルを作成できません: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="417"/>
        <source>新しい受給者証 %1 枚を出力しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalBatchDialog.cpp" line="418"/>
        <source>%1 枚を出力したところで止まりました: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::RenewalNoticePdf</name>
    <message>
        <location filename="../app/client/renewal/RenewalNoticePdf.cpp" line="26"/>
        <source>受給者証の更新申請のお知らせ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalNoticePdf.cpp" line="32"/>
        <source>PDFを書き始められませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalNoticePdf.cpp" line="44"/>
        <source>PDFを書き終えられませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalNoticePdf.cpp" line="52"/>
        <source>PDFファイルを作成できません: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/renewal/RenewalNoticePdf.cpp" line="58"/>
        <source>PDFファイルを保存できません: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::RenewalNoticeRun</name>
    <message>
        <location filename="../app/client/renewal/RenewalNoticeRun.cpp" line="16"/>
        <source>出力先のフォルダーを作成できません: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::RetentionWidget</name>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="51"/>
        <source>Kohi — 保存期間・廃棄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="54"/>
        <source>保存期間を過ぎた個人番号と書類</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="59"/>
        <source>一覧を更新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="62"/>
        <source>基準日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="68"/>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="120"/>
        <source>受給者番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="68"/>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="120"/>
        <source>氏名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="68"/>
        <source>法別</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="68"/>
        <source>終了日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="69"/>
        <source>終了の理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="69"/>
        <source>保存期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="69"/>
        <source>個人番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="70"/>
        <source>廃棄の提案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="79"/>
        <source>認定が終了し、制度ごとの保存期間（設定 retention_years_&lt;法別番号&gt;）を過ぎた受給者です。廃棄は担当者が提案し、別の職員（承認者）が承認したときに個人番号を消去します。消去した番号は元に戻せません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="91"/>
        <source> 枚</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="96"/>
        <source>例: 申請書、個人番号カードの写し（個人番号は書かない）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="100"/>
        <source>例: 保存期間満了のため</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="101"/>
        <source>廃棄を提案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="104"/>
        <source>廃棄する書類</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="105"/>
        <source>書類の内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="106"/>
        <source>廃棄の理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="115"/>
        <source>認定の終了と廃棄の提案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="118"/>
        <source>死亡・転出による認定の終了と、個人番号・書類の廃棄は、担当者が提案し、提案者とは別の承認者が承認します。自分の提案は承認できません（取り下げはできます）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="120"/>
        <source>番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="120"/>
        <source>種類</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="120"/>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="120"/>
        <source>提案者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="121"/>
        <source>提案日時</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="121"/>
        <source>状態</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="121"/>
        <source>決定者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="121"/>
        <source>理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="122"/>
        <source>確認した内容など（却下・取り下げには必須、200文字以内、個人番号は書かない）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="123"/>
        <source>廃棄証明書…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="125"/>
        <source>承認された廃棄の証明書（個人番号は記載しません）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="197"/>
        <source>%1 件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="198"/>
        <source>提案 %1（承認待ち）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="212"/>
        <source>%1（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="213"/>
        <source>個人番号の消去、書類 %1 枚</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="214"/>
        <source>承認待ち</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="215"/>
        <source>承認済み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="216"/>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="275"/>
        <source>却下</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="217"/>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="275"/>
        <source>取り下げ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="219"/>
        <source>認定の終了</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="219"/>
        <source>廃棄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="224"/>
        <source>承認を待っている提案はありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="281"/>
        <source>提案 %1: %2 %3 の認定を %4 で終了（%5）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="284"/>
        <source>提案 %1: %2 %3 の個人番号を消去し、書類 %4 枚（%5）を廃棄。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="288"/>
        <source>なし</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="289"/>
        <source>提案者 %1。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="291"/>
        <source>自分の提案は承認できません。別の職員の承認を待ってください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="314"/>
        <source>廃棄を提案しました（提案 %1）。別の職員の承認で個人番号を消去します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="342"/>
        <source>提案 %1 を承認しました。認定を終了しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="343"/>
        <source>提案 %1 を承認しました。個人番号 %2 件を消去し、廃棄記録 %3 を残しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="365"/>
        <source>提案 %1 を取り下げました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="366"/>
        <source>提案 %1 を却下しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="375"/>
        <source>承認された廃棄の提案を選んでください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/retention/RetentionWidget.cpp" line="404"/>
        <source>Kohi — 個人番号等廃棄証明書</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::ReturnReasonDialog</name>
    <message>
        <location filename="../app/client/ReturnReasonDialog.cpp" line="19"/>
        <source>差戻し — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ReturnReasonDialog.cpp" line="20"/>
        <source>差戻しの理由を入力してください。担当者（入力者）だけに表示され、申請者への通知には印刷されません（例: 保険証の写しが添付されていません）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ReturnReasonDialog.cpp" line="30"/>
        <source>差戻し</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/ReturnReasonDialog.cpp" line="33"/>
        <source>キャンセル</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::StaffProposalWidget</name>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="34"/>
        <source>（職務なし）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="42"/>
        <source>パスワードを再発行（承認した管理者に表示）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="48"/>
        <source>付与: %1（変更後: %2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="58"/>
        <source>Kohi — 職員の提案の承認</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="62"/>
        <source>承認者・個人番号閲覧者・監査担当・ユーザー管理者の職務の付与と、それらの職務を持つ職員のパスワードの再発行は、ひとりのユーザー管理者が提案し、別のユーザー管理者が承認したときに実行されます。自分の提案と、自分が対象の提案は承認できません。承認で発行されたパスワードは、承認したあなたに一度だけ表示されます。本人に直接渡してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="67"/>
        <source>番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="67"/>
        <source>種類</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="67"/>
        <source>ユーザー</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="67"/>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="67"/>
        <source>提案者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="67"/>
        <source>提案日時</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="68"/>
        <source>状態</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="68"/>
        <source>期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="69"/>
        <source>本人確認・上長の確認など（任意、200文字以内）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="173"/>
        <source>却下</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="132"/>
        <source>承認できる提案です</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="140"/>
        <source>承認を待っている職員の提案はありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="173"/>
        <source>取り下げ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="176"/>
        <source>提案を選んでください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="179"/>
        <source>提案 %1: %2、ユーザー %3（%4）: %5。提案者 %6、状態 %7。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="184"/>
        <source>理由: %1。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="186"/>
        <source>承認すると初期パスワードが発行され、あなたに一度だけ表示されます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="188"/>
        <source>自分の提案は承認できません。別のユーザー管理者の承認を待ってください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="190"/>
        <source>自分が対象の提案は承認できません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="207"/>
        <source>提案 %1 を承認し、ユーザー「%2」に実行しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="234"/>
        <source>提案 %1 を取り下げました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/StaffProposalWidget.cpp" line="235"/>
        <source>提案 %1 を却下しました。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::StaffTableModel</name>
    <message>
        <location filename="../app/client/StaffTableModel.cpp" line="50"/>
        <source>無効</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/StaffTableModel.cpp" line="52"/>
        <source>ロック中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/StaffTableModel.cpp" line="53"/>
        <source>有効</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/StaffTableModel.cpp" line="78"/>
        <source>（なし）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/StaffTableModel.cpp" line="85"/>
        <source>要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/StaffTableModel.cpp" line="89"/>
        <source>未ログイン</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/StaffTableModel.cpp" line="101"/>
        <source>ユーザーID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/StaffTableModel.cpp" line="103"/>
        <source>氏名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/StaffTableModel.cpp" line="105"/>
        <source>職務</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/StaffTableModel.cpp" line="107"/>
        <source>状態</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/StaffTableModel.cpp" line="109"/>
        <source>失敗回数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/StaffTableModel.cpp" line="111"/>
        <source>要パスワード変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/StaffTableModel.cpp" line="113"/>
        <source>最終ログイン</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::UserAdminWidget</name>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="39"/>
        <source>Kohi — ユーザー管理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="54"/>
        <source>新規作成(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="55"/>
        <source>職務の変更(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="56"/>
        <location filename="../app/client/UserAdminWidget.cpp" line="300"/>
        <source>無効化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="57"/>
        <location filename="../app/client/UserAdminWidget.cpp" line="320"/>
        <source>有効化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="58"/>
        <location filename="../app/client/UserAdminWidget.cpp" line="339"/>
        <source>ロック解除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="59"/>
        <location filename="../app/client/UserAdminWidget.cpp" line="387"/>
        <source>パスワード再発行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="60"/>
        <source>最新の情報に更新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="85"/>
        <source>職員アカウント</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="86"/>
        <source>ポリシー設定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="89"/>
        <source>職員の提案の承認</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="206"/>
        <source>ユーザーの新規作成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="207"/>
        <source>次のユーザーを作成します。よろしいですか？

ユーザーID: %1
氏名: %2
職務: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="208"/>
        <source>（なし）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="222"/>
        <source>ユーザー「%1」を作成し、承認が必要な職務を提案しました（番号 %2）。別のユーザー管理者が承認すると職務が付与され、初期パスワードは承認した管理者に表示されます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="230"/>
        <source>ユーザー「%1」を作成しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="255"/>
        <source>職務の変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="256"/>
        <source>ユーザー「%1」の職務を次の内容に置き換えます。よろしいですか？

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="257"/>
        <location filename="../app/client/UserAdminWidget.cpp" line="277"/>
        <source>（職務なし）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="264"/>
        <source>ユーザー「%1」の職務を変更しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="273"/>
        <source>職務の付与の提案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="274"/>
        <source>ユーザー「%1」の職務を次の内容にすることを提案します。承認者・個人番号閲覧者・監査担当・ユーザー管理者の付与には、別のユーザー管理者の承認が必要です。よろしいですか？

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="285"/>
        <source>ユーザー「%1」の職務の付与を提案しました（番号 %2）。別のユーザー管理者が承認すると付与されます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="301"/>
        <source>ユーザー「%1」（%2）を無効にします。ログインできなくなり、接続中の画面も切断されます。よろしいですか？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="310"/>
        <source>ユーザー「%1」を無効にしました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="321"/>
        <source>ユーザー「%1」（%2）を有効にします。よろしいですか？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="328"/>
        <source>ユーザー「%1」を有効にしました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="340"/>
        <source>ユーザー「%1」（%2）のロックを解除し、失敗回数を0に戻します。本人確認は済んでいますか？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="352"/>
        <source>ユーザー「%1」のロックを解除しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="353"/>
        <source>ユーザー「%1」はロックされていませんでした（失敗回数は0に戻しました）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="367"/>
        <source>パスワード再発行の提案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="368"/>
        <source>ユーザー「%1」（%2）は承認が必要な職務を持っているため、パスワードの再発行を提案します。別のユーザー管理者が承認すると再発行され、新しいパスワードは承認した管理者に表示されます。本人確認は済んでいますか？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="379"/>
        <source>ユーザー「%1」のパスワードの再発行を提案しました（番号 %2）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="388"/>
        <source>ユーザー「%1」（%2）のパスワードを再発行します。今のパスワードは使えなくなり、接続中の画面は切断されます。本人確認は済んでいますか？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/UserAdminWidget.cpp" line="399"/>
        <source>ユーザー「%1」のパスワードを再発行しました。次回ログイン時に変更が必要です。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::app::WithdrawalDialog</name>
    <message>
        <location filename="../app/client/WithdrawalDialog.cpp" line="19"/>
        <source>申請の取下げ — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/WithdrawalDialog.cpp" line="20"/>
        <source>申請者から取下げ書を受け付けたときに記録します。この申請は終了し、取下げ受理通知書が印刷できるようになります。元に戻せません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/WithdrawalDialog.cpp" line="32"/>
        <source>取下げ書の受付日(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/WithdrawalDialog.cpp" line="34"/>
        <source>取下げを記録</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/client/WithdrawalDialog.cpp" line="36"/>
        <source>キャンセル</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::crypto::KeyPair</name>
    <message>
        <location filename="../core/crypto/KeyPair.cpp" line="28"/>
        <source>鍵ペアを生成できませんでした（乱数生成器のエラー）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/KeyPair.cpp" line="37"/>
        <source>秘密鍵の長さが正しくありません（X25519 秘密鍵は 32 バイトです）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/KeyPair.cpp" line="54"/>
        <source>秘密鍵を読み込めませんでした（暗号ライブラリの内部エラー）。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::crypto::KeyWrapper</name>
    <message>
        <location filename="../core/crypto/KeyWrapper.cpp" line="29"/>
        <source>鍵データの形式が正しくありません（対応していない版か、破損しています）。鍵の登録をやり直してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/KeyWrapper.cpp" line="37"/>
        <source>復号用パスフレーズが正しくありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/KeyWrapper.cpp" line="101"/>
        <source>保護する秘密鍵がありません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/KeyWrapper.cpp" line="105"/>
        <location filename="../core/crypto/KeyWrapper.cpp" line="154"/>
        <source>復号用パスフレーズを入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/KeyWrapper.cpp" line="110"/>
        <source>Argon2id のパラメータが範囲外です。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/KeyWrapper.cpp" line="138"/>
        <source>秘密鍵を保護できませんでした（暗号ライブラリのエラー）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/KeyWrapper.cpp" line="178"/>
        <source>秘密鍵を復元できませんでした（暗号ライブラリのエラー）。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::crypto::PublicKey</name>
    <message>
        <location filename="../core/crypto/PublicKey.cpp" line="38"/>
        <source>公開鍵の長さが正しくありません（X25519 公開鍵は 32 バイトです）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/PublicKey.cpp" line="44"/>
        <source>公開鍵が不正です（使用できない X25519 の点です）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/PublicKey.cpp" line="58"/>
        <source>公開鍵を読み込めませんでした（暗号ライブラリの内部エラー）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/PublicKey.cpp" line="71"/>
        <source>公開鍵の Base64 表記が正しくありません。設定ファイルを確認してください。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::crypto::Sealer</name>
    <message>
        <location filename="../core/crypto/Sealer.cpp" line="22"/>
        <source>マイナンバーを復号できませんでした。データが破損・改ざんされているか、この鍵では復号できない暗号文です。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/Sealer.cpp" line="84"/>
        <source>暗号化用の公開鍵が設定されていません。システム管理者に連絡してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/Sealer.cpp" line="100"/>
        <location filename="../core/crypto/Sealer.cpp" line="169"/>
        <source>マイナンバーを暗号化できませんでした（暗号ライブラリのエラー）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/Sealer.cpp" line="112"/>
        <source>復号用の鍵が読み込まれていません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/Sealer.cpp" line="161"/>
        <source>マイナンバーを暗号化できませんでした（引数が不正です）。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::crypto::SelfTest</name>
    <message>
        <location filename="../core/crypto/SelfTest.cpp" line="203"/>
        <source>暗号機能の自己診断に失敗しました（%1）。マイナンバーを安全に扱えないため起動を中止します。システム管理者に連絡してください。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::db::ApiError</name>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="201"/>
        <source>この操作を行う権限がありません。</source>
        <extracomment>db/ApiError.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="203"/>
        <source>データベースとの接続が切れました。ログインし直してください。</source>
        <extracomment>db/ApiError.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="205"/>
        <source>既に登録されている内容と重複するため、処理できませんでした（SQLSTATE 23505）。システム管理者に連絡してください。</source>
        <extracomment>db/ApiError.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="208"/>
        <source>入力内容の形式が正しくないため、サーバーが受け付けませんでした（SQLSTATE %1）。入力を確認してください。</source>
        <extracomment>db/ApiError.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="211"/>
        <source>データベースでエラーが発生しました（SQLSTATE %1）。</source>
        <extracomment>db/ApiError.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::db::ApplicationRepository</name>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="213"/>
        <source>保存の結果が返されませんでした。</source>
        <extracomment>db/ApplicationRepository.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="215"/>
        <source>申請が見つかりません。担当外の制度の申請は表示できません。</source>
        <extracomment>db/ApplicationRepository.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::db::ClusterGlobals</name>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="217"/>
        <source>データベースを読めません: %1</source>
        <extracomment>db/ClusterGlobals.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="219"/>
        <location filename="lupdate/HelperStrings.cpp" line="235"/>
        <source>バックアップと復元はデータベース管理者（スーパーユーザー）で実行してください。</source>
        <extracomment>db/ClusterGlobals.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="221"/>
        <source>ロールを読めません: %1</source>
        <extracomment>db/ClusterGlobals.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="223"/>
        <source>ロール名に使えない文字があります: %1</source>
        <extracomment>db/ClusterGlobals.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="225"/>
        <source>ロールの所属を読めません: %1</source>
        <extracomment>db/ClusterGlobals.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="227"/>
        <source>ロックの状態を読めません: %1</source>
        <extracomment>db/ClusterGlobals.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="229"/>
        <source>バックアップの付属ファイル（.globals）の形式が違います。</source>
        <extracomment>db/ClusterGlobals.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="231"/>
        <source>バックアップの付属ファイル（.globals）の %1 行目を解釈できません。</source>
        <extracomment>db/ClusterGlobals.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="233"/>
        <source>バックアップの付属ファイル（.globals）が不完全です。</source>
        <extracomment>db/ClusterGlobals.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="237"/>
        <source>復元先のクラスターにはデータベース %1 が既にあります。上書きはしません（別のクラスターに復元するか、そのデータベースを退避してください）。</source>
        <extracomment>db/ClusterGlobals.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="240"/>
        <source>復元先のクラスターにスーパーユーザー %1 がありません（バックアップ元でオブジェクトを所有しています）。同じ名前のデータベース管理者を作ってから復元してください。</source>
        <extracomment>db/ClusterGlobals.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="244"/>
        <source>復元先のクラスターに、バックアップのログインロールと同じ名前のロールが既にあります: %1。Kohi のない新しいクラスターに復元してください。</source>
        <extracomment>db/ClusterGlobals.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="247"/>
        <source>復元先のサーバーで個人番号のハッシュ鍵を使えません（kohi_auth.hmac_key_file を設定し、バックアップ元と同じ鍵ファイルを置いてください）: %1</source>
        <extracomment>db/ClusterGlobals.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="250"/>
        <source>復元先のサーバーの個人番号のハッシュ鍵（kohi_auth.hmac_key_file）がバックアップ元と異なります。鍵ファイルはバックアップに含まれません。元の鍵ファイルを安全な経路で移してから復元してください。何も変更していません。</source>
        <extracomment>db/ClusterGlobals.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="254"/>
        <source>ロールを作成できません（何も変更していません）: %1</source>
        <extracomment>db/ClusterGlobals.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="256"/>
        <source>ロールを再びロックできません: %1 (%2)</source>
        <extracomment>db/ClusterGlobals.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::db::ConnInfo</name>
    <message>
        <location filename="../db/ConnInfo.cpp" line="19"/>
        <source>接続文字列を解釈できません: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../db/ConnInfo.cpp" line="33"/>
        <source>ポートの指定が正しくありません: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::db::ConnectionSettings</name>
    <message>
        <location filename="../db/ConnectionSettings.cpp" line="115"/>
        <source>接続設定に空白またはセミコロンを含む値があります: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../db/ConnectionSettings.cpp" line="121"/>
        <source>ホストの数（%1）とポートの数（%2）が合いません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../db/ConnectionSettings.cpp" line="126"/>
        <source>ホスト名の一覧に空の項目があります: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../db/ConnectionSettings.cpp" line="130"/>
        <source>サーバー証明書を検証する CA 証明書（sslrootcert）が設定されていません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../db/ConnectionSettings.cpp" line="134"/>
        <source>CA 証明書ファイルが見つかりません: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../db/ConnectionSettings.cpp" line="139"/>
        <source>端末証明書のファイルが見つかりません: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::db::Duty</name>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="455"/>
        <source>難病認定G 担当</source>
        <extracomment>db/SessionInfo.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="457"/>
        <source>母子G 担当</source>
        <extracomment>db/SessionInfo.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="459"/>
        <source>承認者</source>
        <extracomment>db/SessionInfo.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="461"/>
        <source>個人番号閲覧者</source>
        <extracomment>db/SessionInfo.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="463"/>
        <source>監査担当</source>
        <extracomment>db/SessionInfo.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="465"/>
        <source>ユーザー管理者</source>
        <extracomment>db/SessionInfo.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::db::Environment</name>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="467"/>
        <source>本番環境</source>
        <extracomment>db/SessionInfo.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="469"/>
        <source>検証環境</source>
        <extracomment>db/SessionInfo.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="471"/>
        <source>研修環境</source>
        <extracomment>db/SessionInfo.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="473"/>
        <source>開発環境</source>
        <extracomment>db/SessionInfo.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="475"/>
        <source>デモ環境</source>
        <extracomment>db/SessionInfo.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="477"/>
        <source>環境未設定</source>
        <extracomment>db/SessionInfo.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::db::HouseholdRepository</name>
    <message>
        <location filename="../db/HouseholdRepository.cpp" line="36"/>
        <source>保存の結果が返されませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../db/HouseholdRepository.cpp" line="51"/>
        <source>世帯が見つかりません（担当の制度の世帯だけを開けます）。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::db::JukiImportRepository</name>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="258"/>
        <source>データベースに接続できません。</source>
        <extracomment>db/JukiImportRepository.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="260"/>
        <source>照合の結果の行数がファイルと一致しません。</source>
        <extracomment>db/JukiImportRepository.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="262"/>
        <source>受理できます（承認待ちとして登録されます）。</source>
        <extracomment>db/JukiImportRepository.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="264"/>
        <source>確認のみ（何も変更していません）。</source>
        <extracomment>db/JukiImportRepository.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="266"/>
        <source>個人番号を送信できないため、ファイル全体を取り込みませんでした: %1</source>
        <oldsource>%1 行目の個人番号を登録できなかったため、ファイル全体を取り込みませんでした: %2</oldsource>
        <extracomment>db/JukiImportRepository.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="268"/>
        <source>個人番号を登録できなかったため、ファイル全体を取り込みませんでした: %1</source>
        <extracomment>db/JukiImportRepository.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="271"/>
        <source>取り込みを確定できませんでした。</source>
        <extracomment>db/JukiImportRepository.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="273"/>
        <source>取り込みました（取り込み番号 %1）。</source>
        <extracomment>db/JukiImportRepository.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::db::LoginFailure</name>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="275"/>
        <source>ユーザーIDまたはパスワードが正しくありません。入力し直してください。続けて間違えるとアカウントがロックされます。</source>
        <extracomment>db/LoginFailure.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="278"/>
        <source>このアカウントはロックされています。ユーザー管理者に解除を依頼してください。</source>
        <extracomment>db/LoginFailure.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="280"/>
        <source>データベースサーバーに接続できません。ネットワークの状態を確認し、解決しない場合は情報システム担当に連絡してください。</source>
        <extracomment>db/LoginFailure.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="283"/>
        <source>サーバー証明書を確認できないため接続を中止しました（なりすましの可能性）。情報システム担当に連絡してください。</source>
        <extracomment>db/LoginFailure.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="286"/>
        <source>この端末の端末証明書が設定されていないか、失効または期限切れのため接続できません。情報システム担当に連絡してください。</source>
        <extracomment>db/LoginFailure.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="289"/>
        <source>この端末またはユーザーからの接続は許可されていません。情報システム担当に連絡してください。</source>
        <extracomment>db/LoginFailure.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="292"/>
        <source>端末の接続設定に誤りがあります。情報システム担当に連絡してください。</source>
        <extracomment>db/LoginFailure.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="294"/>
        <source>ログインできませんでした。情報システム担当に連絡してください。</source>
        <extracomment>db/LoginFailure.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::db::Migrator</name>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="296"/>
        <source>マイグレーションのファイル名が規則（NNNN_名前.sql）に合いません: %1</source>
        <extracomment>db/Migrator.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="298"/>
        <source>マイグレーションを読めません: %1</source>
        <extracomment>db/Migrator.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="300"/>
        <source>マイグレーション番号 %1 が重複しています。</source>
        <extracomment>db/Migrator.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="302"/>
        <source>マイグレーションが見つかりません: %1</source>
        <extracomment>db/Migrator.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="304"/>
        <source>マイグレーションはデータベース管理者（スーパーユーザー）で実行してください。</source>
        <extracomment>db/Migrator.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="306"/>
        <source>管理テーブルを作成できません: %1</source>
        <extracomment>db/Migrator.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="308"/>
        <source>適用済みのマイグレーション %1_%2 の内容が変更されています（チェックサム不一致）。適用済みのマイグレーションは編集せず、新しいマイグレーションを追加してください。何も変更していません。</source>
        <extracomment>db/Migrator.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="314"/>
        <source>データベースにはこの kohi-admin が知らないマイグレーション（%1）が適用されています。新しい版の kohi-admin を使ってください。何も変更していません。</source>
        <extracomment>db/Migrator.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="318"/>
        <source>未適用のマイグレーション %1_%2 の番号が、適用済みの最新のマイグレーション %3 より小さいため適用できません。番号を %3 より大きくした新しいマイグレーションにしてください。何も変更していません。</source>
        <extracomment>db/Migrator.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="322"/>
        <source>適用済み %1 件、未適用 %2 件。</source>
        <extracomment>db/Migrator.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="324"/>
        <source>マイグレーション %1_%2 に失敗したため取り消しました: %3 %4</source>
        <extracomment>db/Migrator.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="326"/>
        <source>データベースは最新です（適用済み %1 件）。変更はありません。</source>
        <extracomment>db/Migrator.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="328"/>
        <source>%1 件のマイグレーションを適用しました: %2</source>
        <extracomment>db/Migrator.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::db::MyNumberConfirmation</name>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="330"/>
        <source>サーバーに接続できません。</source>
        <extracomment>db/MyNumberConfirmation.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="332"/>
        <source>個人番号を入力してください。</source>
        <extracomment>db/MyNumberConfirmation.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::db::MyNumberKeyCeremony</name>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="334"/>
        <source>秘密鍵の保護を確認できませんでした。何も登録していません。</source>
        <extracomment>db/MyNumberKeyCeremony.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="336"/>
        <source>復号用の鍵が登録されていません。</source>
        <extracomment>db/MyNumberKeyCeremony.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="338"/>
        <source>復号用の鍵が現在の鍵と一致しません。</source>
        <extracomment>db/MyNumberKeyCeremony.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="340"/>
        <source>復号用パスフレーズは%1文字以上にしてください（入力は%2文字）。</source>
        <extracomment>db/MyNumberKeyCeremony.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="342"/>
        <source>復号用パスフレーズは256文字以内にしてください。</source>
        <extracomment>db/MyNumberKeyCeremony.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="344"/>
        <source>復号用パスフレーズの先頭と末尾に空白は使えません。</source>
        <extracomment>db/MyNumberKeyCeremony.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="346"/>
        <source>復号用パスフレーズには%1種類以上の異なる文字を使ってください（同じ文字や短い並びの繰り返しは推測されやすいため）。</source>
        <extracomment>db/MyNumberKeyCeremony.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="350"/>
        <source>復号用パスフレーズにユーザーID（%1）を含めないでください。</source>
        <extracomment>db/MyNumberKeyCeremony.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="352"/>
        <source>鍵を登録できませんでした。</source>
        <extracomment>db/MyNumberKeyCeremony.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="354"/>
        <location filename="lupdate/HelperStrings.cpp" line="364"/>
        <source>サーバーが記録したフィンガープリントが生成した鍵と一致しません。</source>
        <extracomment>db/MyNumberKeyCeremony.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="356"/>
        <source>（鍵の更新の前に、別の閲覧者に削除と再登録を依頼してパスフレーズを替えてください）</source>
        <extracomment>db/MyNumberKeyCeremony.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="359"/>
        <source>現在の鍵で復号できない個人番号が%1件あります。鍵の更新を中止しました（何も変更していません）。</source>
        <extracomment>db/MyNumberKeyCeremony.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="362"/>
        <source>鍵を更新できませんでした。</source>
        <extracomment>db/MyNumberKeyCeremony.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="366"/>
        <source>提案を登録できませんでした。</source>
        <extracomment>db/MyNumberKeyCeremony.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="368"/>
        <source>提案を承認できませんでした。</source>
        <extracomment>db/MyNumberKeyCeremony.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="370"/>
        <source>提案を却下できませんでした。</source>
        <extracomment>db/MyNumberKeyCeremony.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="372"/>
        <source>有効な鍵がありません。</source>
        <extracomment>db/MyNumberKeyCeremony.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="374"/>
        <source>公開鍵とフィンガープリントが一致しません。</source>
        <extracomment>db/MyNumberKeyCeremony.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::db::MyNumberRepository</name>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="376"/>
        <source>個人番号の暗号化用公開鍵のフィンガープリントが設定されていません（kohi.ini の [crypto] public_key_fingerprint）。システム管理者に連絡してください。</source>
        <extracomment>db/MyNumberRepository.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="380"/>
        <source>暗号化用の公開鍵を取得できません。</source>
        <extracomment>db/MyNumberRepository.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="382"/>
        <source>データベースの公開鍵が、この端末に設定されたフィンガープリントと一致しません。個人番号は暗号化せず、入力を中止してシステム管理者に連絡してください。</source>
        <extracomment>db/MyNumberRepository.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="385"/>
        <source>サーバーの設定では個人番号がサーバーのログに残るおそれがあるため、送信を中止しました（log_parameter_max_length）。システム管理者に連絡してください。</source>
        <extracomment>db/MyNumberRepository.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="389"/>
        <source>個人番号を登録できませんでした。</source>
        <extracomment>db/MyNumberRepository.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="391"/>
        <source>個人番号の登録が見つかりません。</source>
        <extracomment>db/MyNumberRepository.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="393"/>
        <source>復号用の鍵が、この個人番号を暗号化した鍵と一致しません。</source>
        <extracomment>db/MyNumberRepository.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="395"/>
        <source>表示した個人番号を登録内容と照合できませんでした。</source>
        <extracomment>db/MyNumberRepository.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::db::PasswordChange</name>
    <message>
        <location filename="../db/PasswordChange.cpp" line="26"/>
        <source>パスワードの誤りが続いたためアカウントがロックされました。ユーザー管理者に解除を依頼してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../db/PasswordChange.cpp" line="32"/>
        <source>パスワードを変更できませんでした（%1）。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::db::PostcodeTable</name>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="397"/>
        <source>%1行目: 見出し行 postcode,municipality_code,town がありません。</source>
        <extracomment>db/PostcodeTable.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="399"/>
        <source>%1行目: 郵便番号7桁,市町村コード6桁,町域 の形ではありません。</source>
        <extracomment>db/PostcodeTable.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="401"/>
        <source>出典と日付の行（# 出典: …）がありません。</source>
        <extracomment>db/PostcodeTable.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::db::RecipientExport</name>
    <message>
        <location filename="../db/RecipientExport.cpp" line="46"/>
        <source>法別番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../db/RecipientExport.cpp" line="47"/>
        <source>受給者番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../db/RecipientExport.cpp" line="48"/>
        <source>氏名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../db/RecipientExport.cpp" line="49"/>
        <source>カナ氏名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../db/RecipientExport.cpp" line="50"/>
        <source>生年月日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../db/RecipientExport.cpp" line="51"/>
        <source>性別</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../db/RecipientExport.cpp" line="52"/>
        <source>郵便番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../db/RecipientExport.cpp" line="53"/>
        <source>住所</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../db/RecipientExport.cpp" line="54"/>
        <source>市町村</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../db/RecipientExport.cpp" line="55"/>
        <source>保健所</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../db/RecipientExport.cpp" line="56"/>
        <source>電話番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../db/RecipientExport.cpp" line="57"/>
        <source>状態</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../db/RecipientExport.cpp" line="58"/>
        <source>疾病名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../db/RecipientExport.cpp" line="59"/>
        <source>階層区分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../db/RecipientExport.cpp" line="60"/>
        <source>自己負担上限月額</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../db/RecipientExport.cpp" line="61"/>
        <source>有効期間（開始）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../db/RecipientExport.cpp" line="62"/>
        <source>有効期間（終了）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::db::RecipientRepository</name>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="403"/>
        <source>受給者が見つかりません。担当外の制度の受給者は表示できません。</source>
        <extracomment>db/RecipientRepository.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::db::SchemaCatalog</name>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="405"/>
        <source>（なし）</source>
        <extracomment>db/SchemaCatalog.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="407"/>
        <source>スキーマ</source>
        <extracomment>db/SchemaCatalog.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="409"/>
        <source>テーブル・ビュー（行セキュリティの有効・強制を含む）</source>
        <extracomment>db/SchemaCatalog.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="411"/>
        <source>列</source>
        <extracomment>db/SchemaCatalog.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="413"/>
        <source>制約</source>
        <extracomment>db/SchemaCatalog.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="415"/>
        <source>索引</source>
        <extracomment>db/SchemaCatalog.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="417"/>
        <source>トリガー</source>
        <extracomment>db/SchemaCatalog.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="419"/>
        <source>関数（本体はハッシュで比較）</source>
        <extracomment>db/SchemaCatalog.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="421"/>
        <source>ロール（職務・グループ・所有者）</source>
        <extracomment>db/SchemaCatalog.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="423"/>
        <source>職員ログインの属性の種類</source>
        <extracomment>db/SchemaCatalog.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="425"/>
        <source>権限</source>
        <extracomment>db/SchemaCatalog.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="427"/>
        <source>行セキュリティのポリシー</source>
        <extracomment>db/SchemaCatalog.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="429"/>
        <source>拡張機能</source>
        <extracomment>db/SchemaCatalog.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="431"/>
        <source>サーバーとデータベースの設定</source>
        <extracomment>db/SchemaCatalog.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="433"/>
        <source>Kohi の設定（kohi.setting）</source>
        <extracomment>db/SchemaCatalog.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="435"/>
        <source>マイグレーションの履歴</source>
        <extracomment>db/SchemaCatalog.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="437"/>
        <source>カタログを読めません: %1</source>
        <extracomment>db/SchemaCatalog.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="439"/>
        <source>%1: A にだけあります</source>
        <extracomment>db/SchemaCatalog.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="441"/>
        <source>%1: B にだけあります</source>
        <extracomment>db/SchemaCatalog.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="443"/>
        <source>%1: %2 が異なります（A: %3 / B: %4）</source>
        <extracomment>db/SchemaCatalog.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::db::SchemaVersion</name>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="445"/>
        <source>不明（0029 より前）</source>
        <extracomment>db/SchemaVersion.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="447"/>
        <source>データベースの版（%1）が古いため接続できません（対応する版は %2）。システム管理者に更新を依頼してください。</source>
        <extracomment>db/SchemaVersion.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="450"/>
        <source>データベースの版（%1）が新しいため接続できません（対応する版は %2）。新しい版のプログラムを導入してください。</source>
        <extracomment>db/SchemaVersion.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="453"/>
        <source>データベースの版を確認できません: %1</source>
        <extracomment>db/SchemaVersion.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::db::StaffRepository</name>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="479"/>
        <source>この操作を行う権限がありません。ユーザー管理者の職務が必要です。</source>
        <extracomment>db/StaffRepository.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="481"/>
        <source>データベースとの接続が切れました。ログインし直してください。</source>
        <extracomment>db/StaffRepository.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="483"/>
        <source>データベースでエラーが発生しました（SQLSTATE %1）。</source>
        <extracomment>db/StaffRepository.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="485"/>
        <source>パスワードを処理できません。データベースとの接続を確認してください。</source>
        <extracomment>db/StaffRepository.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::juki::CsvRecordReader</name>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="155"/>
        <source>引用符で囲んだ項目の後に、区切りのカンマの前に文字があります。</source>
        <extracomment>core/import/CsvRecordReader.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::juki::JukiAnswerFile</name>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="157"/>
        <source>処理結果が 00（該当あり）なのに個人番号が空です。</source>
        <extracomment>core/import/JukiAnswerFile.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="159"/>
        <source>個人番号のチェックデジットが一致しません。</source>
        <extracomment>core/import/JukiAnswerFile.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="161"/>
        <source>個人番号は12桁の数字でなければなりません。</source>
        <extracomment>core/import/JukiAnswerFile.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="163"/>
        <source>照会番号が空か、英数字とハイフン（32文字以内）ではありません。</source>
        <extracomment>core/import/JukiAnswerFile.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="165"/>
        <source>処理結果は 00・10・20 のいずれかでなければなりません。</source>
        <extracomment>core/import/JukiAnswerFile.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="167"/>
        <source>氏名カナが空か、カタカナ以外の文字を含みます。</source>
        <extracomment>core/import/JukiAnswerFile.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="169"/>
        <source>生年月日は YYYYMMDD の実在する過去の日付でなければなりません。</source>
        <extracomment>core/import/JukiAnswerFile.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="171"/>
        <source>性別は 1（男）か 2（女）でなければなりません。</source>
        <extracomment>core/import/JukiAnswerFile.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="173"/>
        <source>処理結果が 10・20 なのに個人番号が入っています（食い違う回答は取り込みません）。</source>
        <extracomment>core/import/JukiAnswerFile.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="175"/>
        <source>ファイルが空です。</source>
        <extracomment>core/import/JukiAnswerFile.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="177"/>
        <source>ファイルが大きすぎます（64 MB まで）。</source>
        <extracomment>core/import/JukiAnswerFile.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="179"/>
        <source>見出し行がありません。</source>
        <extracomment>core/import/JukiAnswerFile.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="181"/>
        <source>%1 行目が見出し行（%2）ではありません。住基ネットの回答ファイルか確認してください。</source>
        <extracomment>core/import/JukiAnswerFile.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="184"/>
        <source>項目数が %1 ではありません（%2 項目）。</source>
        <extracomment>core/import/JukiAnswerFile.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="186"/>
        <source>行数が多すぎます（%1 行まで）。</source>
        <extracomment>core/import/JukiAnswerFile.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="188"/>
        <source>見出し行のほかにデータ行がありません。</source>
        <extracomment>core/import/JukiAnswerFile.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="190"/>
        <source>同じ照会番号の行がファイル内に複数あります。</source>
        <extracomment>core/import/JukiAnswerFile.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kohi::juki::TextFileDecoder</name>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="192"/>
        <source>UTF-8 として読めない文字があります（%1 行目）。ファイルが壊れていないか確認してください。</source>
        <extracomment>core/import/TextFileDecoder.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="195"/>
        <source>この環境では CP932（Shift_JIS）のファイルを読めません。UTF-8 で保存し直してください。</source>
        <extracomment>core/import/TextFileDecoder.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="lupdate/HelperStrings.cpp" line="198"/>
        <source>文字コードを判定できないか、読めない文字があります（%1 行目）。CP932（Shift_JIS）か UTF-8 で保存されたファイルか確認してください。</source>
        <extracomment>core/import/TextFileDecoder.cpp</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
