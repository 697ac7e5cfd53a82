<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="vi_VN">
  <context>
    <name>BulkClassifyDialog</name>
    <message>
      <location filename="ui/bulk_classify.ui" />
      <source>&amp;Hình thức</source>
      <translation>&amp;Form</translation>
    </message>
    <message>
      <location filename="ui/bulk_classify.ui" />
      <source>&amp;Lý do một phần</source>
      <translation>Partial &amp;reason</translation>
    </message>
    <message>
      <location filename="ui/bulk_classify.ui" />
      <source>&amp;Quy định chuyên ngành</source>
      <translation>&amp;Specialised provision</translation>
    </message>
    <message>
      <location filename="ui/bulk_classify.ui" />
      <source>Bảng kiểm của từng thủ tục được điền theo hình thức đã chọn. Thủ tục nào vi phạm quy tắc sẽ được giữ nguyên và liệt kê lại.</source>
      <translation>Each procedure's checklist is filled in according to the chosen form. Procedures that would break a rule are left unchanged and listed afterwards.</translation>
    </message>
    <message>
      <location filename="ui/bulk_classify.ui" />
      <source>Hình thức cho các thủ tục đã chọn</source>
      <translation>Form for the selected procedures</translation>
    </message>
    <message>
      <location filename="ui/bulk_classify.ui" />
      <source>Lý do cung cấp một phần</source>
      <translation>Reason for partial provision</translation>
    </message>
    <message>
      <location filename="ui/bulk_classify.ui" />
      <source>Phân loại các thủ tục đã chọn</source>
      <translation>Classify selected procedures</translation>
    </message>
    <message>
      <location filename="ui/bulk_classify.ui" />
      <source>Quy định pháp luật chuyên ngành</source>
      <translation>Specialised legal provision</translation>
    </message>
  </context>
  <context>
    <name>CataloguePicker</name>
    <message>
      <location filename="ui/picker.ui" />
      <source>Cấp thực hiện</source>
      <translation>Executing level</translation>
    </message>
    <message>
      <location filename="ui/picker.ui" />
      <source>Gõ mã hoặc tên thủ tục, có dấu hay không dấu</source>
      <translation>Type a procedure code or name, with or without diacritics</translation>
    </message>
    <message>
      <location filename="ui/picker.ui" />
      <source>Kết quả tìm kiếm</source>
      <translation>Search results</translation>
    </message>
    <message>
      <location filename="ui/picker.ui" />
      <source>Lĩnh vực</source>
      <translation>Sector</translation>
    </message>
    <message>
      <location filename="ui/picker.ui" />
      <source>Mã TTHC</source>
      <translation>Procedure code</translation>
    </message>
    <message>
      <location filename="ui/picker.ui" />
      <source>Thêm thủ tục từ danh mục tham chiếu</source>
      <translation>Add procedures from the reference catalogue</translation>
    </message>
    <message>
      <location filename="ui/picker.ui" />
      <source>Tên thủ tục</source>
      <translation>Procedure name</translation>
    </message>
    <message>
      <location filename="ui/picker.ui" />
      <source>Tìm trong danh mục tham chiếu</source>
      <translation>Search the reference catalogue</translation>
    </message>
    <message>
      <location filename="ui/picker.ui" />
      <source>Tạo thủ tục &amp;riêng của đơn vị…</source>
      <translation>Create the unit's &amp;own procedure…</translation>
    </message>
  </context>
  <context>
    <name>ChecksPanel</name>
    <message>
      <location filename="ui/checks_panel.ui" />
      <source>&amp;Kiểm tra lại</source>
      <translation>&amp;Check again</translation>
    </message>
    <message>
      <location filename="ui/checks_panel.ui" />
      <source>Kết quả kiểm tra tính nhất quán</source>
      <translation>Consistency check findings</translation>
    </message>
    <message>
      <location filename="ui/checks_panel.ui" />
      <source>Lọc theo loại kiểm tra</source>
      <translation>Filter by kind of check</translation>
    </message>
    <message>
      <location filename="ui/checks_panel.ui" />
      <source>Lọc theo đơn vị</source>
      <translation>Filter by unit</translation>
    </message>
  </context>
  <context>
    <name>ExcelImportPreview</name>
    <message>
      <location filename="ui/excel_import_preview.ui" />
      <source>Các dòng bị từ chối và lý do</source>
      <translation>Rejected rows and their reasons</translation>
    </message>
    <message>
      <location filename="ui/excel_import_preview.ui" />
      <source>Các dòng sẽ thêm hoặc cập nhật</source>
      <translation>Rows to be added or updated</translation>
    </message>
    <message>
      <location filename="ui/excel_import_preview.ui" />
      <source>Cơ quan thực hiện chưa khớp đơn vị nào</source>
      <translation>Executing agencies that match no unit</translation>
    </message>
    <message>
      <location filename="ui/excel_import_preview.ui" />
      <source>Dòng Excel</source>
      <translation>Excel row</translation>
    </message>
    <message>
      <location filename="ui/excel_import_preview.ui" />
      <source>Lý do từ chối</source>
      <translation>Reason for rejection</translation>
    </message>
    <message>
      <location filename="ui/excel_import_preview.ui" />
      <source>Xem trước khi nhập từ Excel</source>
      <translation>Preview before importing from Excel</translation>
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <location filename="ui/history.ui" />
      <source>Lịch sử sửa đổi</source>
      <translation>Revision history</translation>
    </message>
    <message>
      <location filename="ui/history.ui" />
      <source>Người sửa</source>
      <translation>Edited by</translation>
    </message>
    <message>
      <location filename="ui/history.ui" />
      <source>Nội dung</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="ui/history.ui" />
      <source>Thao tác</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="ui/history.ui" />
      <source>Thời điểm</source>
      <translation>Time</translation>
    </message>
  </context>
  <context>
    <name>ImportPreview</name>
    <message>
      <location filename="ui/import_preview.ui" />
      <source>Bỏ</source>
      <translation>Removed</translation>
    </message>
    <message>
      <location filename="ui/import_preview.ui" />
      <source>Chi tiết</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="ui/import_preview.ui" />
      <source>Các gói sẽ nhập</source>
      <translation>Packages to import</translation>
    </message>
    <message>
      <location filename="ui/import_preview.ui" />
      <source>Kết quả</source>
      <translation>Result</translation>
    </message>
    <message>
      <location filename="ui/import_preview.ui" />
      <source>Lý do</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="ui/import_preview.ui" />
      <source>Mã TTHC</source>
      <translation>Procedure code</translation>
    </message>
    <message>
      <location filename="ui/import_preview.ui" />
      <source>Sau</source>
      <translation>After</translation>
    </message>
    <message>
      <location filename="ui/import_preview.ui" />
      <source>Số gói</source>
      <translation>Sequence no.</translation>
    </message>
    <message>
      <location filename="ui/import_preview.ui" />
      <source>Thay đổi</source>
      <translation>Change</translation>
    </message>
    <message>
      <location filename="ui/import_preview.ui" />
      <source>Thay đổi từng thủ tục</source>
      <translation>Changes per procedure</translation>
    </message>
    <message>
      <location filename="ui/import_preview.ui" />
      <source>Thay đổi từng thủ tục của gói đang chọn</source>
      <translation>Changes per procedure in the selected package</translation>
    </message>
    <message>
      <location filename="ui/import_preview.ui" />
      <source>Thêm</source>
      <translation>Added</translation>
    </message>
    <message>
      <location filename="ui/import_preview.ui" />
      <source>Trước</source>
      <translation>Before</translation>
    </message>
    <message>
      <location filename="ui/import_preview.ui" />
      <source>Tệp</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="ui/import_preview.ui" />
      <source>Xem trước khi nhập gói</source>
      <translation>Preview before importing packages</translation>
    </message>
    <message>
      <location filename="ui/import_preview.ui" />
      <source>Đơn vị gửi</source>
      <translation>Sender unit</translation>
    </message>
    <message>
      <location filename="ui/import_preview.ui" />
      <source>Đổi</source>
      <translation>Changed</translation>
    </message>
  </context>
  <context>
    <name>IndicatorsPanel</name>
    <message>
      <location filename="ui/indicators_panel.ui" />
      <source>&amp;Kỳ báo cáo:</source>
      <translation>&amp;Reporting period:</translation>
    </message>
    <message>
      <location filename="ui/indicators_panel.ui" />
      <source>&amp;Ngày báo cáo:</source>
      <translation>Reporting &amp;date:</translation>
    </message>
    <message>
      <location filename="ui/indicators_panel.ui" />
      <source>&amp;Xuất bảng chỉ số…</source>
      <translation>&amp;Export the indicators…</translation>
    </message>
    <message>
      <location filename="ui/indicators_panel.ui" />
      <source>Bảng chỉ số</source>
      <translation>Indicators table</translation>
    </message>
    <message>
      <location filename="ui/indicators_panel.ui" />
      <source>Không chọn: ngày báo cáo của đợt đang mở, nếu không có thì hôm nay.</source>
      <translation>Unchecked: the open round's reporting date, else today.</translation>
    </message>
    <message>
      <location filename="ui/indicators_panel.ui" />
      <source>Kỳ báo cáo</source>
      <translation>Reporting period</translation>
    </message>
    <message>
      <location filename="ui/indicators_panel.ui" />
      <source>Ngày báo cáo</source>
      <translation>Reporting date</translation>
    </message>
    <message>
      <location filename="ui/indicators_panel.ui" />
      <source>Tính &amp;theo:</source>
      <translation>&amp;Group:</translation>
    </message>
    <message>
      <location filename="ui/indicators_panel.ui" />
      <source>Tính theo</source>
      <translation>Group</translation>
    </message>
  </context>
  <context>
    <name>LocalProcedureDialog</name>
    <message>
      <location filename="ui/local_procedure.ui" />
      <source>&amp;Lĩnh vực</source>
      <translation>&amp;Sector</translation>
    </message>
    <message>
      <location filename="ui/local_procedure.ui" />
      <source>&amp;Mã TTHC</source>
      <translation>Procedure &amp;code</translation>
    </message>
    <message>
      <location filename="ui/local_procedure.ui" />
      <source>&amp;Tên thủ tục</source>
      <translation>Procedure &amp;name</translation>
    </message>
    <message>
      <location filename="ui/local_procedure.ui" />
      <source>2.000884.000.00.00.H59</source>
      <translation>2.000884.000.00.00.H59</translation>
    </message>
    <message>
      <location filename="ui/local_procedure.ui" />
      <source>Cấp thực hiện</source>
      <translation>Executing level</translation>
    </message>
    <message>
      <location filename="ui/local_procedure.ui" />
      <source>Lĩnh vực</source>
      <translation>Sector</translation>
    </message>
    <message>
      <location filename="ui/local_procedure.ui" />
      <source>Mã thủ tục</source>
      <translation>Procedure code</translation>
    </message>
    <message>
      <location filename="ui/local_procedure.ui" />
      <source>Tên thủ tục</source>
      <translation>Procedure name</translation>
    </message>
    <message>
      <location filename="ui/local_procedure.ui" />
      <source>Tạo thủ tục riêng của đơn vị</source>
      <translation>Create the unit's own procedure</translation>
    </message>
  </context>
  <context>
    <name>MainPanel</name>
    <message>
      <location filename="ui/main_panel.ui" />
      <source>Chỉ hiện thủ tục cần xem lại</source>
      <translation>Show only procedures that need attention</translation>
    </message>
    <message>
      <location filename="ui/main_panel.ui" />
      <source>Cần xem lại</source>
      <translation>Needs attention</translation>
    </message>
    <message>
      <location filename="ui/main_panel.ui" />
      <source>Danh sách thủ tục của đơn vị</source>
      <translation>The unit's procedures</translation>
    </message>
    <message>
      <location filename="ui/main_panel.ui" />
      <source>Hạn nộp: chưa đặt</source>
      <translation>Submission deadline: not set</translation>
    </message>
    <message>
      <location filename="ui/main_panel.ui" />
      <source>Lọc theo cấp thực hiện</source>
      <translation>Filter by executing level</translation>
    </message>
    <message>
      <location filename="ui/main_panel.ui" />
      <source>Lọc theo hình thức</source>
      <translation>Filter by form</translation>
    </message>
    <message>
      <location filename="ui/main_panel.ui" />
      <source>Lọc theo lĩnh vực</source>
      <translation>Filter by sector</translation>
    </message>
    <message>
      <location filename="ui/main_panel.ui" />
      <source>Lọc theo trạng thái</source>
      <translation>Filter by status</translation>
    </message>
    <message>
      <location filename="ui/main_panel.ui" />
      <source>Thủ tục hành chính</source>
      <translation>Administrative procedures</translation>
    </message>
    <message>
      <location filename="ui/main_panel.ui" />
      <source>Tiến độ</source>
      <translation>Progress</translation>
    </message>
    <message>
      <location filename="ui/main_panel.ui" />
      <source>Trang thông tin điện tử</source>
      <translation>Websites</translation>
    </message>
    <message>
      <location filename="ui/main_panel.ui" />
      <source>Tìm theo mã hoặc tên, có dấu hay không dấu (Ctrl+F)</source>
      <translation>Search by code or name, with or without diacritics (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="ui/main_panel.ui" />
      <source>Tìm thủ tục</source>
      <translation>Find procedure</translation>
    </message>
    <message>
      <location filename="ui/main_panel.ui" />
      <source>Tỷ lệ thủ tục sẵn sàng</source>
      <translation>Share of procedures ready</translation>
    </message>
  </context>
  <context>
    <name>ProcedureEditor</name>
    <message>
      <location filename="ui/editor.ui" />
      <source>&amp;Hình thức</source>
      <translation>F&amp;orm</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>&amp;Lý do</source>
      <translation>&amp;Reason</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>&amp;Mô tả vấn đề kỹ thuật</source>
      <translation>Technical &amp;issue</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>&amp;Quy định làm căn cứ</source>
      <translation>&amp;Provision relied on</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Bắt buộc nếu khác gợi ý bảng kiểm</source>
      <translation>Required if unlike the checklist's suggestion</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Chọn một thủ tục trong danh sách</source>
      <translation>Select a procedure from the list</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Ctrl+Enter</source>
      <translation>Ctrl+Enter</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Cách thức thực hiện</source>
      <translation>Method of implementation</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Căn cứ pháp lý</source>
      <translation>Legal basis</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Cơ quan thực hiện</source>
      <translation>Executing agency</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Cấp thực hiện</source>
      <translation>Executing level</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Dự &amp;kiến khắc phục</source>
      <translation>E&amp;xpected fix</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Gh&amp;i chú</source>
      <translation>&amp;Note</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Ghi chú</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Ghi chú bắt buộc khi hình thức chọn khác hình thức bảng kiểm gợi ý.</source>
      <translation>A note is required when the chosen form differs from the form the checklist suggests.</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Giải quyết trên mạng, không đến trực tiếp</source>
      <translation>Processed online, no in-person visit</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Gợi ý theo bảng kiểm: —</source>
      <translation>Checklist suggestion: —</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Hình thức cung cấp</source>
      <translation>Form of provision</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Hình thức gợi ý</source>
      <translation>Suggested form</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Kết quả</source>
      <translation>Result</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Lý do cung cấp một phần hoặc chưa trực tuyến</source>
      <translation>Reason for a partial or not-online service</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Lĩnh vực</source>
      <translation>Sector</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Lịch sử sử&amp;a đổi</source>
      <translation>Re&amp;vision history</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Mô tả vấn đề kỹ thuật</source>
      <translation>Technical issue</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Mẫu đơn, tờ khai</source>
      <translation>Application forms and declarations</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Mức chủ động</source>
      <translation>Proactive level</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Mức dịch vụ chủ động</source>
      <translation>Proactive service level</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Ngày công bố trên Cổng Dịch vụ công quốc gia</source>
      <translation>Date published on the National Public Service Portal</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Ngày dự kiến khắc phục</source>
      <translation>Expected fix date</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Nội dung thủ tục</source>
      <translation>Procedure details</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Nộp hồ sơ trực tuyến</source>
      <translation>Dossier submitted online</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Phân loại dịch vụ công trực tuyến</source>
      <translation>Online public service classification</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Phí, lệ phí</source>
      <translation>Fees and charges</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Phí, lệ phí nộp trực tuyến (hoặc không có)</source>
      <translation>Fees and charges paid online (or none)</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Quy định làm căn cứ của lý do pháp lý</source>
      <translation>Provision a legal ground relies on</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Quyết định công bố</source>
      <translation>Announcing decision</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Thành phần hồ sơ</source>
      <translation>Dossier components</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Thông tin đầy đủ trên mạng</source>
      <translation>Full information online</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Thời hạn giải quyết</source>
      <translation>Processing time</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Trình tự thực hiện</source>
      <translation>Implementation steps</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Trạng thái: —</source>
      <translation>Status: —</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Trả kết quả trực tuyến hoặc bưu chính công ích</source>
      <translation>Result returned online or by public postal service</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Tên TTHC</source>
      <translation>Procedure name</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>VD: Khoản 1 Điều 9 Luật Hộ tịch 2014</source>
      <translation>E.g. Clause 1 Article 9 Law on Civil Status 2014</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>VD: chưa kết nối thanh toán trực tuyến</source>
      <translation>E.g. online payment not connected yet</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Ví dụ: phần mềm một cửa chưa kết nối thanh toán trực tuyến</source>
      <translation>E.g. the one-stop software is not yet connected to online payment</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Yêu cầu, điều kiện</source>
      <translation>Requirements and conditions</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>https://dichvucong.gov.vn/…</source>
      <translation>https://dichvucong.gov.vn/…</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Điều 14 Nghị định 224/2026: lý do cung cấp một phần phải công bố công khai trên Cổng Dịch vụ công quốc gia</source>
      <translation>Decree 224/2026 Art. 14: the reason for a partial service must be published on the National Public Service Portal</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Đánh &amp;dấu sẵn sàng</source>
      <translation>&amp;Mark as ready</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Đã công bố t&amp;rên Cổng DVCQG</source>
      <translation>Pu&amp;blished on the National Portal</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Đường dẫn công &amp;bố</source>
      <translation>Publication &amp;link</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Đường dẫn công bố trên Cổng Dịch vụ công quốc gia</source>
      <translation>Link to the publication on the National Public Service Portal</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>Đối tượng thực hiện</source>
      <translation>Applicants</translation>
    </message>
    <message>
      <location filename="ui/editor.ui" />
      <source>—</source>
      <translation>—</translation>
    </message>
  </context>
  <context>
    <name>ProvinceWindow</name>
    <message>
      <location filename="ui/province_window.ui" />
      <source>1. Nhập danh sách đơn vị…</source>
      <translation>1. Import the list of units…</translation>
    </message>
    <message>
      <location filename="ui/province_window.ui" />
      <source>2. Nhập danh mục TTHC…</source>
      <translation>2. Import the procedure catalogue…</translation>
    </message>
    <message>
      <location filename="ui/province_window.ui" />
      <source>3. Mở đợt rà soát…</source>
      <translation>3. Open a review round…</translation>
    </message>
    <message>
      <location filename="ui/province_window.ui" />
      <source>Tải lại (F5)</source>
      <translation>Reload (F5)</translation>
    </message>
  </context>
  <context>
    <name>PublishDialog</name>
    <message>
      <location filename="ui/publish.ui" />
      <source>&amp;Cấp:</source>
      <translation>&amp;Level:</translation>
    </message>
    <message>
      <location filename="ui/publish.ui" />
      <source>&amp;Loại:</source>
      <translation>&amp;Kind:</translation>
    </message>
    <message>
      <location filename="ui/publish.ui" />
      <source>&amp;Tệp (.xlsx, .pdf, .csv, .json):</source>
      <translation>&amp;File (.xlsx, .pdf, .csv, .json):</translation>
    </message>
    <message>
      <location filename="ui/publish.ui" />
      <source>Bỏ ra khỏi Danh mục:</source>
      <translation>Leave out of the catalogue:</translation>
    </message>
    <message>
      <location filename="ui/publish.ui" />
      <source>Bỏ đánh dấu: thủ tục cấp xã ghi theo hình thức của đa số xã, các xã trả lời khác được nêu tên ở cột Ghi chú.</source>
      <translation>Unticked: a commune procedure takes the form most communes gave; the communes that answered otherwise are named in the Notes column.</translation>
    </message>
    <message>
      <location filename="ui/publish.ui" />
      <source>C&amp;họn…</source>
      <translation>&amp;Browse…</translation>
    </message>
    <message>
      <location filename="ui/publish.ui" />
      <source>Chữ ký số của cơ quan đặt ở góc trên bên phải trang đầu, ghi số quyết định và thời gian ký (Nghị định 30/2020, Phụ lục I).</source>
      <translation>The agency's digital signature goes at the top right of the first page, with the decision's number and the signing time (Decree 30/2020, Appendix I).</translation>
    </message>
    <message>
      <location filename="ui/publish.ui" />
      <source>Câu trả lời Văn phòng chưa chấp nhận hay trả lại trong Danh mục tổng hợp.</source>
      <translation>Answers the office has neither accepted nor returned in the consolidated catalogue.</translation>
    </message>
    <message>
      <location filename="ui/publish.ui" />
      <source>Cột thêm:</source>
      <translation>Extra columns:</translation>
    </message>
    <message>
      <location filename="ui/publish.ui" />
      <source>Cột «Mức chủ động» (Điều 16 Nghị định 224/2026)</source>
      <translation>Column “Proactive level” (Decree 224/2026 Art. 16)</translation>
    </message>
    <message>
      <location filename="ui/publish.ui" />
      <source>Cột «Quyết định công bố TTHC»</source>
      <translation>Column “Announcing decision”</translation>
    </message>
    <message>
      <location filename="ui/publish.ui" />
      <source>Gồm cả các thủ tục chưa đơn vị nào phân loại (đánh dấu “Chưa phân loại”) để rà soát</source>
      <translation>Include procedures no unit has classified (marked “Not classified”) for review</translation>
    </message>
    <message>
      <location filename="ui/publish.ui" />
      <source>Ký &amp;số tệp PDF bằng chứng thư số của cơ quan (văn bản kèm theo quyết định)</source>
      <translation>&amp;Sign the PDF with the agency's certificate (a document attached to the decision)</translation>
    </message>
    <message>
      <location filename="ui/publish.ui" />
      <source>Ngày &amp;ký:</source>
      <translation>&amp;Signed on:</translation>
    </message>
    <message>
      <location filename="ui/publish.ui" />
      <source>Số &amp;quyết định ban hành:</source>
      <translation>Issuing &amp;decision number:</translation>
    </message>
    <message>
      <location filename="ui/publish.ui" />
      <source>Số quyết định ban hành</source>
      <translation>Issuing decision number</translation>
    </message>
    <message>
      <location filename="ui/publish.ui" />
      <source>Từ chối công bố (mặc định: ghi tên các xã ở cột Ghi chú)</source>
      <translation>Refuse to publish (default: name the communes in the Notes column)</translation>
    </message>
    <message>
      <location filename="ui/publish.ui" />
      <source>Ví dụ: 1234/QĐ-UBND (để trống nếu chưa có số)</source>
      <translation>E.g. 1234/QĐ-UBND (leave empty if not numbered yet)</translation>
    </message>
    <message>
      <location filename="ui/publish.ui" />
      <source>Xã trả lời khác nhau:</source>
      <translation>Communes disagree:</translation>
    </message>
    <message>
      <location filename="ui/publish.ui" />
      <source>chưa &amp;phân loại</source>
      <translation>un&amp;classified</translation>
    </message>
    <message>
      <location filename="ui/publish.ui" />
      <source>chưa &amp;xem xét</source>
      <translation>not re&amp;viewed</translation>
    </message>
    <message>
      <location filename="ui/publish.ui" />
      <source>câu trả lời bị t&amp;rả lại</source>
      <translation>&amp;returned answers</translation>
    </message>
    <message>
      <location filename="ui/publish.ui" />
      <source>Đơn &amp;vị:</source>
      <translation>&amp;Unit:</translation>
    </message>
  </context>
  <context>
    <name>RetireUnitDialog</name>
    <message>
      <location filename="ui/unit_retire.ui" />
      <source>Giải thể hoặc sáp nhập đơn vị</source>
      <translation>Dissolve or merge a unit</translation>
    </message>
    <message>
      <location filename="ui/unit_retire.ui" />
      <source>Tìm đơn vị tiếp nhận</source>
      <translation>Find the successor unit</translation>
    </message>
    <message>
      <location filename="ui/unit_retire.ui" />
      <source>Đơn vị &amp;tiếp nhận (gõ tên, không cần dấu):</source>
      <translation>&amp;Successor unit (type its name, diacritics optional):</translation>
    </message>
    <message>
      <location filename="ui/unit_retire.ui" />
      <source>Đơn vị giữ lại các gói, phân loại và lịch sử đã có, và không còn phải nộp gói. Nếu đơn vị được sáp nhập, chọn đơn vị tiếp nhận.</source>
      <translation>The unit keeps its packages, classifications and history, and no longer has to submit packages. If the unit is merged, choose the successor unit.</translation>
    </message>
    <message>
      <location filename="ui/unit_retire.ui" />
      <source>Đơn vị tiếp nhận</source>
      <translation>Successor unit</translation>
    </message>
  </context>
  <context>
    <name>ReviewPanel</name>
    <message>
      <location filename="ui/review_panel.ui" />
      <source>&amp;Bỏ lọc</source>
      <translation>&amp;Clear filters</translation>
    </message>
    <message>
      <location filename="ui/review_panel.ui" />
      <source>&amp;Chấp nhận</source>
      <translation>&amp;Accept</translation>
    </message>
    <message>
      <location filename="ui/review_panel.ui" />
      <source>&amp;Trả lại…</source>
      <translation>&amp;Return…</translation>
    </message>
    <message>
      <location filename="ui/review_panel.ui" />
      <source>Chi tiết phân loại</source>
      <translation>Classification details</translation>
    </message>
    <message>
      <location filename="ui/review_panel.ui" />
      <source>Chấp nhận các dòng đang chọn (Ctrl+Enter)</source>
      <translation>Accept the selected rows (Ctrl+Enter)</translation>
    </message>
    <message>
      <location filename="ui/review_panel.ui" />
      <source>Danh mục tổng hợp của các đơn vị</source>
      <translation>The units' consolidated catalogue</translation>
    </message>
    <message>
      <location filename="ui/review_panel.ui" />
      <source>Lọc theo cấp</source>
      <translation>Filter by level</translation>
    </message>
    <message>
      <location filename="ui/review_panel.ui" />
      <source>Lọc theo hình thức</source>
      <translation>Filter by form</translation>
    </message>
    <message>
      <location filename="ui/review_panel.ui" />
      <source>Lọc theo kết quả xem xét</source>
      <translation>Filter by review</translation>
    </message>
    <message>
      <location filename="ui/review_panel.ui" />
      <source>Lọc theo lĩnh vực</source>
      <translation>Filter by sector</translation>
    </message>
    <message>
      <location filename="ui/review_panel.ui" />
      <source>Lọc theo đơn vị</source>
      <translation>Filter by unit</translation>
    </message>
    <message>
      <location filename="ui/review_panel.ui" />
      <source>Trả lại các dòng đang chọn kèm ý kiến (Ctrl+Shift+Enter)</source>
      <translation>Return the selected rows with a comment (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
      <location filename="ui/review_panel.ui" />
      <source>Tìm mã, tên thủ tục hoặc đơn vị (không cần dấu)…</source>
      <translation>Find a code, procedure name or unit (diacritics optional)…</translation>
    </message>
    <message>
      <location filename="ui/review_panel.ui" />
      <source>Ý kiến của Văn phòng</source>
      <translation>The office's comment</translation>
    </message>
    <message>
      <location filename="ui/review_panel.ui" />
      <source>Ý kiến của Văn phòng:</source>
      <translation>The office's comment:</translation>
    </message>
    <message>
      <location filename="ui/review_panel.ui" />
      <source>Ý kiến gửi đơn vị (bắt buộc khi trả lại)…</source>
      <translation>Comment for the unit (required to return)…</translation>
    </message>
  </context>
  <context>
    <name>RoundDialog</name>
    <message>
      <location filename="ui/round.ui" />
      <source>&amp;Căn cứ (văn bản)</source>
      <translation>&amp;Basis (document)</translation>
    </message>
    <message>
      <location filename="ui/round.ui" />
      <source>&amp;Hạn nộp</source>
      <translation>&amp;Deadline</translation>
    </message>
    <message>
      <location filename="ui/round.ui" />
      <source>&amp;Tên đợt</source>
      <translation>Round &amp;name</translation>
    </message>
    <message>
      <location filename="ui/round.ui" />
      <source>Hạn nộp gói của các đơn vị</source>
      <translation>Deadline for the units' packages</translation>
    </message>
    <message>
      <location filename="ui/round.ui" />
      <source>Ngày &amp;chốt số liệu</source>
      <translation>&amp;Reporting date</translation>
    </message>
    <message>
      <location filename="ui/round.ui" />
      <source>Ngày chốt số liệu chọn quy định áp dụng cho Danh mục, báo cáo và chỉ tiêu của đợt. Bỏ trống: ngày lập báo cáo.</source>
      <translation>The reporting date chooses the rules that apply to the round's catalogue, report and indicators. Empty: the day the output is made.</translation>
    </message>
    <message>
      <location filename="ui/round.ui" />
      <source>Ngày chốt số liệu của đợt</source>
      <translation>The round's reporting date</translation>
    </message>
    <message>
      <location filename="ui/round.ui" />
      <source>Tên đợt rà soát</source>
      <translation>Review round name</translation>
    </message>
    <message>
      <location filename="ui/round.ui" />
      <source>Văn bản căn cứ của đợt rà soát</source>
      <translation>Document the review round is based on</translation>
    </message>
    <message>
      <location filename="ui/round.ui" />
      <source>Đợt rà soát</source>
      <translation>Review round</translation>
    </message>
  </context>
  <context>
    <name>ServerSettingsDialog</name>
    <message>
      <location filename="ui/server_settings.ui" />
      <source>&amp;Thử kết nối</source>
      <translation>&amp;Test connection</translation>
    </message>
    <message>
      <location filename="ui/server_settings.ui" />
      <source>Máy chủ dữ liệu và tên cán bộ</source>
      <translation>Database server and staff name</translation>
    </message>
    <message>
      <location filename="ui/server_settings.ui" />
      <source>Nhiều cán bộ của Văn phòng cùng làm trên một kho: kho đặt trên máy chủ PostgreSQL của cơ quan. Mật khẩu không ghi ở đây: đặt trong tệp pgpass (xem Hướng dẫn máy chủ). Để trống địa chỉ: dùng kho trên máy này.</source>
      <translation>Several of the office's staff work on one store: it lives on the agency's PostgreSQL server. The password is not entered here: put it in the pgpass file (see the server guide). Leave the address empty to use the store on this computer.</translation>
    </message>
    <message>
      <location filename="ui/server_settings.ui" />
      <source>Tên &amp;cán bộ</source>
      <translation>&amp;Staff name</translation>
    </message>
    <message>
      <location filename="ui/server_settings.ui" />
      <source>Tên cán bộ ghi vào nhật ký</source>
      <translation>Staff name recorded in the audit log</translation>
    </message>
    <message>
      <location filename="ui/server_settings.ui" />
      <source>Tên cán bộ được ghi vào nhật ký với mỗi quyết định xem xét, lần nhập gói và lần công bố (để trống: tên tài khoản máy). Địa chỉ máy chủ mới được dùng khi mở lại ứng dụng.</source>
      <translation>The staff name is recorded in the audit log with every review decision, package import and publication (empty: the computer's account name). A new server address is used when the application is opened again.</translation>
    </message>
    <message>
      <location filename="ui/server_settings.ui" />
      <source>postgresql+psycopg://dvc@may-chu/dvc</source>
      <translation>postgresql+psycopg://dvc@server/dvc</translation>
    </message>
    <message>
      <location filename="ui/server_settings.ui" />
      <source>Địa chỉ &amp;máy chủ</source>
      <translation>Server &amp;address</translation>
    </message>
    <message>
      <location filename="ui/server_settings.ui" />
      <source>Địa chỉ máy chủ cơ sở dữ liệu</source>
      <translation>Database server address</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="ui/settings.ui" />
      <source>&amp;Ngôn ngữ</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <location filename="ui/settings.ui" />
      <source>Cài đặt</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="ui/settings.ui" />
      <source>Ngôn ngữ giao diện</source>
      <translation>Interface language</translation>
    </message>
    <message>
      <location filename="ui/settings.ui" />
      <source>Ngôn ngữ mới được áp dụng khi mở lại ứng dụng.</source>
      <translation>The new language takes effect when the application is restarted.</translation>
    </message>
  </context>
  <context>
    <name>SetupWizard</name>
    <message>
      <location filename="ui/setup_wizard.ui" />
      <source>&amp;Hiện mật khẩu</source>
      <translation>&amp;Show passphrase</translation>
    </message>
    <message>
      <location filename="ui/setup_wizard.ui" />
      <source>&amp;Mã đơn vị</source>
      <translation>Unit &amp;code</translation>
    </message>
    <message>
      <location filename="ui/setup_wizard.ui" />
      <source>&amp;Mật khẩu khóa</source>
      <translation>Key &amp;passphrase</translation>
    </message>
    <message>
      <location filename="ui/setup_wizard.ui" />
      <source>&amp;Nhập lại mật khẩu</source>
      <translation>&amp;Re-enter passphrase</translation>
    </message>
    <message>
      <location filename="ui/setup_wizard.ui" />
      <source>Chưa có gói tham chiếu: danh sách dưới đây là tỉnh mẫu.</source>
      <translation>No reference package yet: the list below is the sample province.</translation>
    </message>
    <message>
      <location filename="ui/setup_wizard.ui" />
      <source>Chọn đơn vị trong danh sách hoặc nhập mã và tên.</source>
      <translation>Choose a unit from the list or enter its code and name.</translation>
    </message>
    <message>
      <location filename="ui/setup_wizard.ui" />
      <source>Cây đơn vị</source>
      <translation>Unit tree</translation>
    </message>
    <message>
      <location filename="ui/setup_wizard.ui" />
      <source>Dấu vân tay khóa của tỉnh</source>
      <translation>Fingerprint of the province's key</translation>
    </message>
    <message>
      <location filename="ui/setup_wizard.ui" />
      <source>Gói gửi tỉnh được ký bằng khóa riêng của đơn vị. Khóa được mã hóa bằng mật khẩu dưới đây (ít nhất 8 ký tự); hãy ghi nhớ mật khẩu: không khôi phục được.</source>
      <translation>Packages for the province are signed with the unit's own key, encrypted with the passphrase below (at least 8 characters); remember it: it cannot be recovered.</translation>
    </message>
    <message>
      <location filename="ui/setup_wizard.ui" />
      <source>Gọi điện thoại cho Văn phòng UBND tỉnh và cùng đọc dấu vân tay dưới đây theo từng nhóm bốn ký tự. Chỉ tiếp tục khi dấu vân tay Văn phòng đọc khớp hoàn toàn; nếu khác, không dùng gói này.</source>
      <translation>Phone the Provincial People's Committee Office and read the fingerprint below together, in groups of four characters. Continue only if the fingerprint the Office reads out matches exactly; if it differs, do not use this package.</translation>
    </message>
    <message>
      <location filename="ui/setup_wizard.ui" />
      <source>Khóa ký gói dữ liệu</source>
      <translation>Package signing key</translation>
    </message>
    <message>
      <location filename="ui/setup_wizard.ui" />
      <source>Máy này dùng cho một Sở, ban, ngành hay UBND cấp xã, hoặc cho Văn phòng UBND tỉnh?</source>
      <translation>Is this computer used by a department or agency, a commune People's Committee, or the Provincial People's Committee Office?</translation>
    </message>
    <message>
      <location filename="ui/setup_wizard.ui" />
      <source>Mã</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="ui/setup_wizard.ui" />
      <source>Mã &amp;tỉnh</source>
      <translation>&amp;Province code</translation>
    </message>
    <message>
      <location filename="ui/setup_wizard.ui" />
      <source>Mã tỉnh</source>
      <translation>Province code</translation>
    </message>
    <message>
      <location filename="ui/setup_wizard.ui" />
      <source>Mã đơn vị</source>
      <translation>Unit code</translation>
    </message>
    <message>
      <location filename="ui/setup_wizard.ui" />
      <source>Mật khẩu khóa</source>
      <translation>Key passphrase</translation>
    </message>
    <message>
      <location filename="ui/setup_wizard.ui" />
      <source>Mở &amp;gói tham chiếu của tỉnh…</source>
      <translation>Open the province's reference &amp;package…</translation>
    </message>
    <message>
      <location filename="ui/setup_wizard.ui" />
      <source>Nhập lại mật khẩu khóa</source>
      <translation>Re-enter key passphrase</translation>
    </message>
    <message>
      <location filename="ui/setup_wizard.ui" />
      <source>Sau khi hoàn tất, phiếu khóa công khai mở ra để in hoặc lưu PDF. Gửi phiếu đã ký cùng tệp khóa công khai (.pub) cho Văn phòng UBND tỉnh để tỉnh tin cậy các gói đơn vị gửi.</source>
      <translation>When you finish, the public key card opens for printing or saving as PDF. Send the signed card with the public key file (.pub) to the Provincial People's Committee Office so that the province trusts the packages the unit sends.</translation>
    </message>
    <message>
      <location filename="ui/setup_wizard.ui" />
      <source>Thiết lập DVC Desktop</source>
      <translation>DVC Desktop setup</translation>
    </message>
    <message>
      <location filename="ui/setup_wizard.ui" />
      <source>Tê&amp;n đơn vị</source>
      <translation>Unit &amp;name</translation>
    </message>
    <message>
      <location filename="ui/setup_wizard.ui" />
      <source>Tên miền Cổng tỉnh</source>
      <translation>Provincial portal domain</translation>
    </message>
    <message>
      <location filename="ui/setup_wizard.ui" />
      <source>Tên tỉnh</source>
      <translation>Province name</translation>
    </message>
    <message>
      <location filename="ui/setup_wizard.ui" />
      <source>Tên đơn vị</source>
      <translation>Unit name</translation>
    </message>
    <message>
      <location filename="ui/setup_wizard.ui" />
      <source>Tìm đơn vị</source>
      <translation>Find a unit</translation>
    </message>
    <message>
      <location filename="ui/setup_wizard.ui" />
      <source>Tìm đơn vị theo tên hoặc mã (gõ không dấu cũng được)</source>
      <translation>Find a unit by name or code (diacritics optional)</translation>
    </message>
    <message>
      <location filename="ui/setup_wizard.ui" />
      <source>Tôi đã gọi điện cho Văn phòng UBND tỉnh và dấu vân tay khớp hoàn toàn</source>
      <translation>I have phoned the Provincial People's Committee Office and the fingerprint matches exactly</translation>
    </message>
    <message>
      <location filename="ui/setup_wizard.ui" />
      <source>Tệp .dvcpkg do Văn phòng UBND tỉnh gửi</source>
      <translation>The .dvcpkg file sent by the Provincial People's Committee Office</translation>
    </message>
    <message>
      <location filename="ui/setup_wizard.ui" />
      <source>Vai trò</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="ui/setup_wizard.ui" />
      <source>Văn phòng UBND tỉnh: nhận gói, tổng hợp và công bố Danh mục</source>
      <translation>Provincial People's Committee Office: receive packages, consolidate and publish the Catalogue</translation>
    </message>
    <message>
      <location filename="ui/setup_wizard.ui" />
      <source>Đơn vị</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="ui/setup_wizard.ui" />
      <source>Đơn vị (Sở, ban, ngành; UBND cấp xã): phân loại thủ tục và gửi gói cho tỉnh</source>
      <translation>Unit (department or agency; commune People's Committee): classify procedures and send packages to the province</translation>
    </message>
    <message>
      <location filename="ui/setup_wizard.ui" />
      <source>Đối chiếu khóa của tỉnh qua điện thoại</source>
      <translation>Check the province's key by phone</translation>
    </message>
  </context>
  <context>
    <name>TrustKeyDialog</name>
    <message>
      <location filename="ui/trust_key.ui" />
      <source>&amp;Chọn tệp…</source>
      <translation>&amp;Choose file…</translation>
    </message>
    <message>
      <location filename="ui/trust_key.ui" />
      <source>1. Tệp &amp;khóa công khai (.pub) đơn vị gửi:</source>
      <translation>1. Public &amp;key file (.pub) sent by the unit:</translation>
    </message>
    <message>
      <location filename="ui/trust_key.ui" />
      <source>2. Đơn &amp;vị sở hữu khóa (gõ tên, không cần dấu):</source>
      <translation>2. &amp;Unit that owns the key (type its name, diacritics optional):</translation>
    </message>
    <message>
      <location filename="ui/trust_key.ui" />
      <source>3. Dấu vân tay của khóa trong tệp:</source>
      <translation>3. Fingerprint of the key in the file:</translation>
    </message>
    <message>
      <location filename="ui/trust_key.ui" />
      <source>Dấu vân tay</source>
      <translation>Fingerprint</translation>
    </message>
    <message>
      <location filename="ui/trust_key.ui" />
      <source>Gọi điện cho cán bộ của đơn vị theo số điện thoại cơ quan đã biết (không dùng số ghi kèm tệp khóa), đề nghị đọc dấu vân tay trên phiếu khóa và so từng nhóm bốn ký tự. Chỉ xác nhận khi tất cả các nhóm đều khớp.</source>
      <translation>Phone the unit's officer on the agency's known telephone number (not a number given with the key file), ask them to read out the fingerprint on the key card and compare it group by group, four characters at a time. Confirm only when every group matches.</translation>
    </message>
    <message>
      <location filename="ui/trust_key.ui" />
      <source>Tin cậy khóa của một đơn vị</source>
      <translation>Trust a unit's key</translation>
    </message>
    <message>
      <location filename="ui/trust_key.ui" />
      <source>Tìm đơn vị</source>
      <translation>Find a unit</translation>
    </message>
    <message>
      <location filename="ui/trust_key.ui" />
      <source>Đã đối chiếu &amp;qua điện thoại: dấu vân tay khớp với phiếu khóa của đơn vị</source>
      <translation>Checked by &amp;phone: the fingerprint matches the unit's key card</translation>
    </message>
    <message>
      <location filename="ui/trust_key.ui" />
      <source>Đơn vị sở hữu khóa</source>
      <translation>Unit that owns the key</translation>
    </message>
    <message>
      <location filename="ui/trust_key.ui" />
      <source>Đường dẫn tệp khóa công khai</source>
      <translation>Public key file path</translation>
    </message>
  </context>
  <context>
    <name>TrustedKeysDialog</name>
    <message>
      <location filename="ui/trusted_keys.ui" />
      <source>&amp;Các khóa được tin cậy (gói ký bằng khóa đã thu hồi không được nhận):</source>
      <translation>&amp;Trusted keys (packages signed with a revoked key are not accepted):</translation>
    </message>
    <message>
      <location filename="ui/trusted_keys.ui" />
      <source>&amp;Tin cậy khóa mới…</source>
      <translation>Trust a &amp;new key…</translation>
    </message>
    <message>
      <location filename="ui/trusted_keys.ui" />
      <source>Các khóa được tin cậy</source>
      <translation>Trusted keys</translation>
    </message>
    <message>
      <location filename="ui/trusted_keys.ui" />
      <source>Dấu vân tay</source>
      <translation>Fingerprint</translation>
    </message>
    <message>
      <location filename="ui/trusted_keys.ui" />
      <source>Khóa của các đơn vị được tin cậy</source>
      <translation>Trusted keys of units</translation>
    </message>
    <message>
      <location filename="ui/trusted_keys.ui" />
      <source>Mã khóa</source>
      <translation>Key id</translation>
    </message>
    <message>
      <location filename="ui/trusted_keys.ui" />
      <source>Mã đơn vị</source>
      <translation>Unit code</translation>
    </message>
    <message>
      <location filename="ui/trusted_keys.ui" />
      <source>T&amp;hu hồi khóa đang chọn…</source>
      <translation>&amp;Revoke the selected key…</translation>
    </message>
    <message>
      <location filename="ui/trusted_keys.ui" />
      <source>Tin cậy từ</source>
      <translation>Trusted since</translation>
    </message>
    <message>
      <location filename="ui/trusted_keys.ui" />
      <source>Tình trạng</source>
      <translation>State</translation>
    </message>
    <message>
      <location filename="ui/trusted_keys.ui" />
      <source>Đơn vị</source>
      <translation>Unit</translation>
    </message>
  </context>
  <context>
    <name>UnitDetailDialog</name>
    <message>
      <location filename="ui/unit_detail.ui" />
      <source>Chưa nhận gói nào của đơn vị này.</source>
      <translation>No package received from this unit yet.</translation>
    </message>
    <message>
      <location filename="ui/unit_detail.ui" />
      <source>Các gói đã nhận:</source>
      <translation>Packages received:</translation>
    </message>
    <message>
      <location filename="ui/unit_detail.ui" />
      <source>Cấp:</source>
      <translation>Level:</translation>
    </message>
    <message>
      <location filename="ui/unit_detail.ui" />
      <source>Gói số</source>
      <translation>Package no.</translation>
    </message>
    <message>
      <location filename="ui/unit_detail.ui" />
      <source>Hạn chuyển đổi</source>
      <translation>Conversion deadline</translation>
    </message>
    <message>
      <location filename="ui/unit_detail.ui" />
      <source>Khóa</source>
      <translation>Key</translation>
    </message>
    <message>
      <location filename="ui/unit_detail.ui" />
      <source>Kế hoạch</source>
      <translation>Plan</translation>
    </message>
    <message>
      <location filename="ui/unit_detail.ui" />
      <source>Mã đơn vị:</source>
      <translation>Unit code:</translation>
    </message>
    <message>
      <location filename="ui/unit_detail.ui" />
      <source>Nhận lúc</source>
      <translation>Received</translation>
    </message>
    <message>
      <location filename="ui/unit_detail.ui" />
      <source>Phân loại:</source>
      <translation>Classifications:</translation>
    </message>
    <message>
      <location filename="ui/unit_detail.ui" />
      <source>Sáp nhập vào:</source>
      <translation>Merged into:</translation>
    </message>
    <message>
      <location filename="ui/unit_detail.ui" />
      <source>Số TTHC</source>
      <translation>Procedures</translation>
    </message>
    <message>
      <location filename="ui/unit_detail.ui" />
      <source>Thêm / bớt / sửa</source>
      <translation>Added / removed / changed</translation>
    </message>
    <message>
      <location filename="ui/unit_detail.ui" />
      <source>Trang thông tin điện tử:</source>
      <translation>Websites:</translation>
    </message>
    <message>
      <location filename="ui/unit_detail.ui" />
      <source>Tên</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="ui/unit_detail.ui" />
      <source>Tình trạng:</source>
      <translation>State:</translation>
    </message>
    <message>
      <location filename="ui/unit_detail.ui" />
      <source>Xem xét:</source>
      <translation>Review:</translation>
    </message>
    <message>
      <location filename="ui/unit_detail.ui" />
      <source>Đơn vị ký lúc</source>
      <translation>Signed by the unit at</translation>
    </message>
    <message>
      <location filename="ui/unit_detail.ui" />
      <source>Địa chỉ</source>
      <translation>Address</translation>
    </message>
  </context>
  <context>
    <name>UnitDialog</name>
    <message>
      <location filename="ui/unit_edit.ui" />
      <source>&amp;Cấp</source>
      <translation>&amp;Level</translation>
    </message>
    <message>
      <location filename="ui/unit_edit.ui" />
      <source>&amp;Loại đơn vị</source>
      <translation>Unit &amp;type</translation>
    </message>
    <message>
      <location filename="ui/unit_edit.ui" />
      <source>&amp;Mã định danh</source>
      <translation>&amp;Identifier</translation>
    </message>
    <message>
      <location filename="ui/unit_edit.ui" />
      <source>&amp;Tên đơn vị</source>
      <translation>Unit &amp;name</translation>
    </message>
    <message>
      <location filename="ui/unit_edit.ui" />
      <source>Cấp của đơn vị</source>
      <translation>The unit's level</translation>
    </message>
    <message>
      <location filename="ui/unit_edit.ui" />
      <source>Loại đơn vị</source>
      <translation>Unit type</translation>
    </message>
    <message>
      <location filename="ui/unit_edit.ui" />
      <source>Mã định danh điện tử của đơn vị</source>
      <translation>The unit's electronic identifier</translation>
    </message>
    <message>
      <location filename="ui/unit_edit.ui" />
      <source>Tên đơn vị</source>
      <translation>Unit name</translation>
    </message>
    <message>
      <location filename="ui/unit_edit.ui" />
      <source>Đơn vị</source>
      <translation>Unit</translation>
    </message>
  </context>
  <context>
    <name>UnitsDashboard</name>
    <message>
      <location filename="ui/units_dashboard.ui" />
      <source>Chưa phân loại</source>
      <translation>Not classified</translation>
    </message>
    <message>
      <location filename="ui/units_dashboard.ui" />
      <source>Chưa trực tuyến</source>
      <translation>Not online</translation>
    </message>
    <message>
      <location filename="ui/units_dashboard.ui" />
      <source>Chờ xem xét</source>
      <translation>To review</translation>
    </message>
    <message>
      <location filename="ui/units_dashboard.ui" />
      <source>Các đơn vị và tình trạng nộp gói</source>
      <translation>Units and their submissions</translation>
    </message>
    <message>
      <location filename="ui/units_dashboard.ui" />
      <source>Cấp</source>
      <translation>Level</translation>
    </message>
    <message>
      <location filename="ui/units_dashboard.ui" />
      <source>Gói số</source>
      <translation>Package no.</translation>
    </message>
    <message>
      <location filename="ui/units_dashboard.ui" />
      <source>Lọc theo cấp</source>
      <translation>Filter by level</translation>
    </message>
    <message>
      <location filename="ui/units_dashboard.ui" />
      <source>Lọc theo tình trạng</source>
      <translation>Filter by state</translation>
    </message>
    <message>
      <location filename="ui/units_dashboard.ui" />
      <source>Mã đơn vị</source>
      <translation>Unit code</translation>
    </message>
    <message>
      <location filename="ui/units_dashboard.ui" />
      <source>Một phần</source>
      <translation>Partial</translation>
    </message>
    <message>
      <location filename="ui/units_dashboard.ui" />
      <source>Nhận lúc</source>
      <translation>Received</translation>
    </message>
    <message>
      <location filename="ui/units_dashboard.ui" />
      <source>TTHC trong gói</source>
      <translation>Procedures sent</translation>
    </message>
    <message>
      <location filename="ui/units_dashboard.ui" />
      <source>Toàn trình</source>
      <translation>Full online</translation>
    </message>
    <message>
      <location filename="ui/units_dashboard.ui" />
      <source>Trả lại</source>
      <translation>Returned</translation>
    </message>
    <message>
      <location filename="ui/units_dashboard.ui" />
      <source>Tìm đơn vị (không cần dấu)…</source>
      <translation>Find a unit (diacritics optional)…</translation>
    </message>
    <message>
      <location filename="ui/units_dashboard.ui" />
      <source>Tình trạng</source>
      <translation>State</translation>
    </message>
    <message>
      <location filename="ui/units_dashboard.ui" />
      <source>Đơn vị</source>
      <translation>Unit</translation>
    </message>
  </context>
  <context>
    <name>WebsitesPanel</name>
    <message>
      <location filename="ui/websites.ui" />
      <source>&amp;IPv6</source>
      <translation>&amp;IPv6</translation>
    </message>
    <message>
      <location filename="ui/websites.ui" />
      <source>&amp;Kế hoạch chuyển đổi</source>
      <translation>&amp;Conversion plan</translation>
    </message>
    <message>
      <location filename="ui/websites.ui" />
      <source>&amp;Lưu trang</source>
      <translation>&amp;Save website</translation>
    </message>
    <message>
      <location filename="ui/websites.ui" />
      <source>&amp;Tên trang</source>
      <translation>Website na&amp;me</translation>
    </message>
    <message>
      <location filename="ui/websites.ui" />
      <source>&amp;Xóa</source>
      <translation>&amp;Delete</translation>
    </message>
    <message>
      <location filename="ui/websites.ui" />
      <source>Hạn &amp;hoàn thành</source>
      <translation>Tar&amp;get date</translation>
    </message>
    <message>
      <location filename="ui/websites.ui" />
      <source>Hạn hoàn thành</source>
      <translation>Target date</translation>
    </message>
    <message>
      <location filename="ui/websites.ui" />
      <source>Hạn hoàn thành chuyển đổi</source>
      <translation>Conversion target date</translation>
    </message>
    <message>
      <location filename="ui/websites.ui" />
      <source>IPv6</source>
      <translation>IPv6</translation>
    </message>
    <message>
      <location filename="ui/websites.ui" />
      <source>Kiểm tra</source>
      <translation>Check</translation>
    </message>
    <message>
      <location filename="ui/websites.ui" />
      <source>Kế hoạch chuyển đổi</source>
      <translation>Conversion plan</translation>
    </message>
    <message>
      <location filename="ui/websites.ui" />
      <source>Kế hoạch trở thành thành phần của Cổng tỉnh</source>
      <translation>Plan to become a component of the provincial portal</translation>
    </message>
    <message>
      <location filename="ui/websites.ui" />
      <source>Kết nối Nền tảng thống kê, đo lường, giám sát, đánh giá triển khai chuyển đổi số (khoản 3 Điều 11 Nghị định 224/2026)</source>
      <translation>Connected to the national platform for statistics, measurement, monitoring and evaluation of digital transformation (Decree 224/2026, Art. 11.3)</translation>
    </message>
    <message>
      <location filename="ui/websites.ui" />
      <source>Kết nối nền tảng đo lường (EMC)</source>
      <translation>Measurement platform (EMC)</translation>
    </message>
    <message>
      <location filename="ui/websites.ui" />
      <source>Liên kết từ Cổng tỉnh</source>
      <translation>Linked from provincial portal</translation>
    </message>
    <message>
      <location filename="ui/websites.ui" />
      <source>Ngày kết nối nền tảng đo lường</source>
      <translation>Day connected to the measurement platform</translation>
    </message>
    <message>
      <location filename="ui/websites.ui" />
      <source>Thêm &amp;mới</source>
      <translation>&amp;New</translation>
    </message>
    <message>
      <location filename="ui/websites.ui" />
      <source>Thông tin trang</source>
      <translation>Website details</translation>
    </message>
    <message>
      <location filename="ui/websites.ui" />
      <source>Trang dùng IPv6 (khoản 4 Điều 11 Nghị định 224/2026)</source>
      <translation>The site uses IPv6 (Decree 224/2026, Art. 11.4)</translation>
    </message>
    <message>
      <location filename="ui/websites.ui" />
      <source>Trang thông tin điện tử của đơn vị</source>
      <translation>The unit's websites</translation>
    </message>
    <message>
      <location filename="ui/websites.ui" />
      <source>Tên trang</source>
      <translation>Website name</translation>
    </message>
    <message>
      <location filename="ui/websites.ui" />
      <source>https://tencoquan.tentinh.gov.vn</source>
      <translation>https://agencyname.provincename.gov.vn</translation>
    </message>
    <message>
      <location filename="ui/websites.ui" />
      <source>Đã có liên kết từ Cổ&amp;ng thông tin điện tử tỉnh</source>
      <translation>&amp;Linked from the provincial web portal</translation>
    </message>
    <message>
      <location filename="ui/websites.ui" />
      <source>Đã kết nối &amp;EMC từ ngày</source>
      <translation>Connected to &amp;EMC since</translation>
    </message>
    <message>
      <location filename="ui/websites.ui" />
      <source>Địa &amp;chỉ (URL)</source>
      <translation>&amp;Address (URL)</translation>
    </message>
    <message>
      <location filename="ui/websites.ui" />
      <source>Địa chỉ</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="ui/websites.ui" />
      <source>Địa chỉ trang</source>
      <translation>Website address</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <location filename="dvc_desktop/gui/app.py" />
      <source>Giành lại khóa</source>
      <translation>Take over</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/app.py" />
      <source>Giành lại khóa dữ liệu</source>
      <translation>Take over the data lock</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/app.py" />
      <source>Giành lại khóa…</source>
      <translation>Take over the lock…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/app.py" />
      <source>Khôi phục bản sao lưu mới nhất</source>
      <translation>Restore the newest backup</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/app.py" />
      <source>Không</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/app.py" />
      <source>Không mở được dữ liệu</source>
      <translation>Could not open the data</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/app.py" />
      <source>Máy {host} đang giữ khóa dữ liệu này. Nếu máy đó vẫn đang mở dữ liệu, làm việc cùng lúc trên hai máy có thể làm hỏng dữ liệu.

Chỉ giành lại khóa khi chắc chắn máy {host} không còn mở DVC Desktop với dữ liệu này. Giành lại khóa?</source>
      <translation>The computer {host} holds this data's lock. If that computer still has the data open, working on both at once can damage the data.

Take the lock over only if you are sure {host} no longer has DVC Desktop open on this data. Take it over?</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/startup_window.py" />
      <source>Đang mở dữ liệu…</source>
      <translation>Opening the data…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/app.py" />
      <source>Đang tạo dữ liệu mẫu…</source>
      <translation>Building the demo data…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/app.py" />
      <source>Đã khôi phục dữ liệu</source>
      <translation>Data restored</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/app.py" />
      <source>Đã khôi phục dữ liệu và khóa ký từ {path}; bản bị hỏng được giữ lại trong thư mục dữ liệu. DVC Desktop sẽ đóng: hãy mở lại để làm việc tiếp.</source>
      <translation>The data and the signing key were restored from {path}; the damaged copy is kept in the data folder. DVC Desktop will close: open it again to carry on.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/app.py" />
      <source>Đã tự động sao lưu dữ liệu vào {path}.</source>
      <translation>Data backed up automatically to {path}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/app.py" />
      <source>Đóng</source>
      <translation>Close</translation>
    </message>
  </context>
  <context>
    <name>backup</name>
    <message>
      <location filename="dvc_desktop/services/backup.py" />
      <source>Kho trên máy chủ được khôi phục bằng pg_restore khi không ai đang dùng: tạo một cơ sở dữ liệu trống rồi chạy: pg_restore --no-owner --dbname "{url}" "{path}" (xem docs/server.md, mục Khôi phục).</source>
      <translation>A store on a server is restored with pg_restore while nobody uses it: create an empty database, then run: pg_restore --no-owner --dbname "{url}" "{path}" (see docs/server.md, Khôi phục).</translation>
    </message>
  </context>
  <context>
    <name>bulk</name>
    <message>
      <location filename="dvc_desktop/gui/bulk_classify.py" />
      <source>Dịch vụ một phần phải nêu lý do (chọn trong danh sách).</source>
      <translation>A partial service needs a reason (choose from the list).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/bulk_classify.py" />
      <source>Lý do kỹ thuật cần mô tả vấn đề và ngày dự kiến khắc phục của từng thủ tục: hãy phân loại từng thủ tục trong khung bên phải.</source>
      <translation>A technical ground needs each procedure's issue and expected fix date: classify each procedure in the right-hand panel.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/bulk_classify.py" />
      <source>Lý do này phải ghi quy định làm căn cứ.</source>
      <translation>This reason needs the provision it relies on.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/bulk_classify.py" />
      <source>Áp dụng cho {n} thủ tục đã chọn.</source>
      <translation>Applies to the {n} selected procedures.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/bulk_classify.py" />
      <source>— chọn lý do —</source>
      <translation>— choose a reason —</translation>
    </message>
  </context>
  <context>
    <name>catalog</name>
    <message>
      <location filename="dvc_desktop/services/catalog.py" />
      <source>Giá trị «{value}» không hợp lệ: dùng yes, no hoặc unknown.</source>
      <translation>Invalid value «{value}»: use yes, no or unknown.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/catalog.py" />
      <source>Không có thủ tục mã {code} trong danh mục.</source>
      <translation>No procedure with code {code} in the catalogue.</translation>
    </message>
  </context>
  <context>
    <name>certificates</name>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>&amp;Bỏ tin cậy CA đang chọn…</source>
      <translation>&amp;Stop trusting the selected CA…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>&amp;Mã PIN:</source>
      <translation>P&amp;IN:</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>&amp;Nạp CRL từ tệp…</source>
      <translation>&amp;Load a CRL from a file…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>&amp;Thêm chứng thư CA…</source>
      <translation>&amp;Add a CA certificate…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>&amp;Thư viện:</source>
      <translation>&amp;Library:</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>C&amp;RL</source>
      <translation>C&amp;RL</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>C&amp;họn tệp PKCS#12…</source>
      <translation>C&amp;hoose a PKCS#12 file…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>CRL (*.crl *.pem *.der);;Mọi tệp (*)</source>
      <translation>CRL (*.crl *.pem *.der);;All files (*)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/certificates.py" />
      <source>CRL trong tệp {name} không mang chữ ký hợp lệ của «{issuer}»; không nạp.</source>
      <translation>The CRL in {name} does not carry a valid signature of «{issuer}»; not loaded.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Chưa có chứng thư số: gói và tài liệu chỉ được ký bằng khóa minisign (nếu có).</source>
      <translation>No certificate: packages and documents are signed with the minisign key only (if there is one).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/document_signing.py" />
      <source>Chưa cấu hình chứng thư số để ký: chạy `dvc-desktop keys certificate` (hoặc Cài đặt › Chứng thư số trong cửa sổ).</source>
      <translation>No signing certificate is configured: run `dvc-desktop keys certificate` (or Settings › Certificate in the window).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Chỉ nhận gói ký bằng chứng thư &amp;số (từ chối gói chỉ ký bằng khóa minisign)</source>
      <translation>Acce&amp;pt only packages signed with a certificate (refuse packages signed with a minisign key only)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Chỉ để kiểm tra token mở được; không lưu</source>
      <translation>Only to check that the token opens; not stored</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Chọn tệp thư &amp;viện…</source>
      <translation>Choose the library &amp;file…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Chủ thể</source>
      <translation>Subject</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Chủ thể: {subject}
Tổ chức: {organisation}
Số sê-ri: {serial}
Cấp bởi: {issuer}
Hiệu lực: {since} – {until}
SHA-256: {sha}</source>
      <translation>Subject: {subject}
Organisation: {organisation}
Serial: {serial}
Issued by: {issuer}
Valid: {since} – {until}
SHA-256: {sha}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Chứng thư &amp;CA</source>
      <translation>&amp;CA certificates</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Chứng thư CA</source>
      <translation>CA certificate</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Chứng thư số (*.pem *.crt *.cer *.der);;Mọi tệp (*)</source>
      <translation>Certificates (*.pem *.crt *.cer *.der);;All files (*)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/pades.py" />
      <source>Chứng thư số của người ký không dẫn tới chứng thư CA nào máy này tin cậy, hoặc không còn hiệu lực lúc ký.</source>
      <translation>The signer's certificate does not lead to any CA certificate this computer trusts, or was not valid when it signed.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/pades.py" />
      <source>Chứng thư số của người ký đã bị thu hồi theo CRL đã nạp.</source>
      <translation>The signer's certificate has been revoked according to a loaded CRL.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/cms.py" />
      <source>Chứng thư số của «{subject}» (số sê-ri {serial}) đã bị thu hồi theo CRL đã nạp.</source>
      <translation>The certificate of «{subject}» (serial {serial}) has been revoked according to a loaded CRL.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/cms.py" />
      <source>Chứng thư số của «{subject}» chỉ có hiệu lực từ ngày {since}, sau thời điểm ký {at}.</source>
      <translation>The certificate of «{subject}» is valid only from {since}, after the signing time {at}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/cms.py" />
      <source>Chứng thư số của «{subject}» do «{issuer}» cấp không dẫn tới chứng thư CA nào máy này tin cậy.</source>
      <translation>The certificate of «{subject}» issued by «{issuer}» does not lead to any CA certificate this computer trusts.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/cms.py" />
      <source>Chứng thư số của «{subject}» không được phép dùng để ký số (thiếu digitalSignature trong keyUsage).</source>
      <translation>The certificate of «{subject}» may not be used for digital signatures (no digitalSignature in its keyUsage).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/cms.py" />
      <source>Chứng thư số của «{subject}» đã hết hạn ngày {until} trước thời điểm ký {at}.</source>
      <translation>The certificate of «{subject}» expired on {until}, before the signing time {at}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/credentials.py" />
      <source>Chứng thư số «{subject}» không còn hiệu lực hôm nay (hiệu lực {since} – {until}): hãy gia hạn với đơn vị cấp chứng thư.</source>
      <translation>The certificate «{subject}» is not valid today (valid {since} – {until}): have it renewed by its issuer.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/credentials.py" />
      <source>Chứng thư số «{subject}» không được phép dùng để ký số (keyUsage).</source>
      <translation>The certificate «{subject}» may not be used for digital signatures (keyUsage).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Chứng thư số được tin cậy</source>
      <translation>Trusted certificates</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Chứng thư số được tin cậy (C&amp;A, CRL, tổ chức)…</source>
      <translation>Trusted certificates (C&amp;A, CRL, organisations)…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Chứng thư số để ký</source>
      <translation>Signing certificate</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Chứng thư số để ký (to&amp;ken, PKCS#12)…</source>
      <translation>Signing certificate (to&amp;ken, PKCS#12)…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/pades.py" />
      <source>Chữ ký không khớp với nội dung: tệp đã bị sửa sau khi ký.</source>
      <translation>The signature does not match the content: the file was changed after signing.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/pades.py" />
      <source>Chữ ký không kiểm tra được: {error}</source>
      <translation>The signature could not be checked: {error}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/cms.py" />
      <source>Chữ ký số của gói (package.zip.p7s) không phải chữ ký CMS tách rời hợp lệ.</source>
      <translation>The package's digital signature (package.zip.p7s) is not a valid detached CMS signature.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/cms.py" />
      <source>Chữ ký số của gói không kiểm tra được: {error}</source>
      <translation>The package's digital signature could not be checked: {error}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/cms.py" />
      <source>Chữ ký số của gói quá lớn.</source>
      <translation>The package's digital signature is too large.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/cms.py" />
      <source>Chữ ký số ghi thời điểm ký {at}, muộn hơn hiện tại: đồng hồ máy ký sai hoặc chữ ký không thật.</source>
      <translation>The digital signature gives the signing time {at}, later than now: the signer's clock is wrong or the signature is not genuine.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/cms.py" />
      <source>Chữ ký số không ghi thời điểm ký (thuộc tính signingTime).</source>
      <translation>The digital signature does not give its signing time (the signingTime attribute).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/cms.py" />
      <source>Chữ ký số không ghi thời điểm ký hợp lệ.</source>
      <translation>The digital signature does not give a valid signing time.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/cms.py" />
      <source>Chữ ký số không khớp với nội dung gói: gói đã bị sửa đổi sau khi ký, hoặc chữ ký làm cho tệp khác.</source>
      <translation>The digital signature does not match the package's content: the package was changed after signing, or the signature was made for another file.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/cms.py" />
      <source>Chữ ký số không kèm chứng thư số của người ký.</source>
      <translation>The digital signature does not carry the signer's certificate.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/credentials.py" />
      <source>Có nhiều token cùng nhãn «{token}»: hãy rút bớt token.</source>
      <translation>Several tokens have the label «{token}»: unplug some of them.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/document_signing.py" />
      <source>Cơ quan: {organisation}</source>
      <translation>Agency: {organisation}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/document_signing.py" />
      <source>Cần mã PIN của token để ký: dùng --pin-file, đặt DVC_TOKEN_PIN hoặc nhập khi được hỏi.</source>
      <translation>The token's PIN is needed to sign: use --pin-file, set DVC_TOKEN_PIN or type it when asked.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Cập nhật</source>
      <translation>Updated</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Danh sách chứng thư bị thu hồi (CRL)</source>
      <translation>Certificate revocation list (CRL)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Dùng &amp;chứng thư này</source>
      <translation>Use this &amp;certificate</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Gói ký bằng chứng thư số được nhận khi chứng thư dẫn tới một chứng thư CA dưới đây, không có trong CRL đã nạp, và tổ chức ghi trong chứng thư đã được xác nhận là của đơn vị gửi.</source>
      <translation>A package signed with a certificate is accepted when the certificate leads to a CA certificate below, is not on a loaded CRL, and names the organisation confirmed for the sending unit.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/cms.py" />
      <source>Gói được ký bằng chứng thư số nhưng máy này chưa cấu hình chứng thư của tổ chức cung cấp dịch vụ chứng thực (CA) nào: thêm bằng `dvc-desktop trust ca add` hoặc trong cửa sổ Tin cậy.</source>
      <translation>The package is signed with a certificate but this computer trusts no certification authority (CA) yet: add one with `dvc-desktop trust ca add` or in the Trust window.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Hạn kế tiếp</source>
      <translation>Next update</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Hết hạn</source>
      <translation>Expires</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Hủy</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/certificates.py" />
      <source>Không có chứng thư CA nào được tin cậy với dấu SHA-256 {fp}.</source>
      <translation>No trusted CA certificate has the SHA-256 {fp}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/certificates.py" />
      <source>Không có đơn vị mã {code}.</source>
      <translation>There is no unit with code {code}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/credentials.py" />
      <source>Không nạp được thư viện PKCS#11 {path}: {error}</source>
      <translation>Cannot load the PKCS#11 library {path}: {error}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/credentials.py" />
      <source>Không thấy token «{token}»: hãy cắm token vào máy (hoặc kiểm tra nhãn token trong Cài đặt).</source>
      <translation>Token «{token}» not found: plug the token in (or check the token label in Settings).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/credentials.py" />
      <source>Không tìm thấy thư viện PKCS#11 {path}: hãy cài trình điều khiển của token hoặc chọn đúng tệp trong Cài đặt.</source>
      <translation>PKCS#11 library {path} not found: install the token's driver or choose the right file in Settings.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/pades.py" />
      <source>Không đọc được tệp PDF để ký: {error}</source>
      <translation>Cannot read the PDF to sign it: {error}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/pades.py" />
      <source>Không đọc được tệp PDF: {error}</source>
      <translation>Cannot read the PDF: {error}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/document_signing.py" />
      <source>Không đọc được tệp {name}: {error}</source>
      <translation>Cannot read {name}: {error}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/document_signing.py" />
      <source>Kèm theo văn bản số: {number}</source>
      <translation>Attached to document no.: {number}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Ký bằng chứng thư số của «{holder}».
Nhập mã PIN của token (hoặc mật khẩu tệp PKCS#12):</source>
      <translation>Signing with the certificate of «{holder}».
Type the token's PIN (or the PKCS#12 file's password):</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/document_signing.py" />
      <source>Ký bởi: {name}</source>
      <translation>Signed by: {name}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Ký số của cơ quan lên văn bản PDF đã &amp;ký…</source>
      <translation>The &amp;agency's signature on a signed PDF…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Lưu văn bản đã ký số của cơ quan</source>
      <translation>Save the document with the agency's signature</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Máy chủ &amp;dấu thời gian:</source>
      <translation>Time&amp;stamp server:</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/pades.py" />
      <source>Máy chủ dấu thời gian {url} không trả lời ({error}): tài liệu được ký không kèm dấu thời gian (PAdES B-B).</source>
      <translation>The timestamp server {url} did not answer ({error}): the document is signed without a timestamp (PAdES B-B).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/pades.py" />
      <source>Máy này chưa tin cậy chứng thư CA nào (`dvc-desktop trust ca add`): chưa xác nhận được người ký.</source>
      <translation>This computer trusts no CA certificate yet (`dvc-desktop trust ca add`): the signer cannot be confirmed.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Mã PIN của token</source>
      <translation>Token PIN</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/credentials.py" />
      <source>Mã PIN của token đã hết hạn: hãy đổi mã PIN bằng phần mềm của token.</source>
      <translation>The token's PIN has expired: change it with the token's software.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/credentials.py" />
      <source>Mã PIN không đúng độ dài hoặc có ký tự không hợp lệ.</source>
      <translation>The PIN has the wrong length or characters that are not allowed.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/credentials.py" />
      <source>Mã PIN sai và token đã bị khóa: hãy liên hệ đơn vị cấp chứng thư để mở khóa.</source>
      <translation>Wrong PIN, and the token is now locked: contact the certificate's issuer to unlock it.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/credentials.py" />
      <source>Mã PIN sai. Chưa có gì được ký hay ghi.</source>
      <translation>Wrong PIN. Nothing was signed or written.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/credentials.py" />
      <source>Mã PIN sai. Chỉ còn một lần thử: nhập sai lần nữa token sẽ bị khóa.</source>
      <translation>Wrong PIN. One try left: another wrong PIN locks the token.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/credentials.py" />
      <source>Mã PIN sai. Token báo số lần thử còn lại không nhiều.</source>
      <translation>Wrong PIN. The token says few tries are left.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Mã đơn vị</source>
      <translation>Unit code</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/credentials.py" />
      <source>Mật khẩu của tệp PKCS#12 không đúng, hoặc tệp không phải PKCS#12. Chưa có gì được ký hay ghi.</source>
      <translation>The PKCS#12 file's password is wrong, or the file is not PKCS#12. Nothing was signed or written.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Người xác nhận</source>
      <translation>Confirmed by</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Nhãn &amp;khóa:</source>
      <translation>&amp;Key label:</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Nhãn t&amp;oken:</source>
      <translation>T&amp;oken label:</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Nhãn token, như phần mềm của token hiển thị</source>
      <translation>The token's label, as the token's software shows it</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Nơi cấp</source>
      <translation>Issuer</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>PKCS#12 (*.p12 *.pfx)</source>
      <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Số bị thu hồi</source>
      <translation>Revoked</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Thôi ký bằng chứng thư &amp;số</source>
      <translation>S&amp;top signing with a certificate</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Thôi tin cậy CA</source>
      <translation>Stop trusting the CA</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Thôi tin cậy «{subject}»? Gói ký bằng chứng thư do CA này cấp sẽ không được nhận nữa.</source>
      <translation>Stop trusting «{subject}»? Packages signed with certificates this CA issued will no longer be accepted.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Thư viện PKCS#11 (*.dll *.so *.dylib);;Mọi tệp (*)</source>
      <translation>PKCS#11 library (*.dll *.so *.dylib);;All files (*)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Thư viện PKCS#11 của token</source>
      <translation>The token's PKCS#11 library</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Thư viện PKCS#11 của token, ví dụ eps2003csp11.dll</source>
      <translation>The token's PKCS#11 library, for example eps2003csp11.dll</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/document_signing.py" />
      <source>Thời gian ký: {at}</source>
      <translation>Signed at: {at}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Token &amp;USB (PKCS#11)</source>
      <translation>&amp;USB token (PKCS#11)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/credentials.py" />
      <source>Token báo lỗi: {error}</source>
      <translation>The token reported an error: {error}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/credentials.py" />
      <source>Token có khóa «{label}» nhưng không có chứng thư số đi kèm (cùng mã ID).</source>
      <translation>The token has the key «{label}» but no certificate with it (same ID).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/credentials.py" />
      <source>Token đã bị khóa do nhập sai mã PIN nhiều lần: hãy liên hệ đơn vị cấp chứng thư để mở khóa.</source>
      <translation>The token is locked after too many wrong PINs: contact the certificate's issuer to unlock it.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/credentials.py" />
      <source>Token đã bị rút ra hoặc ngừng trả lời trong khi ký: chưa có tệp nào được ghi. Cắm lại token rồi thử lại.</source>
      <translation>The token was pulled out or stopped answering while signing: no file was written. Plug it in again and retry.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/credentials.py" />
      <source>Trên token không có đúng một khóa ký có nhãn «{label}» kèm chứng thư số: hãy chọn lại khóa trong Cài đặt.</source>
      <translation>The token does not hold exactly one signing key labelled «{label}» with a certificate: choose the key again in Settings.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/credentials.py" />
      <source>Trên token không có đúng một khóa ký có nhãn «{label}»: hãy chọn lại khóa trong Cài đặt.</source>
      <translation>The token does not hold exactly one signing key labelled «{label}»: choose the key again in Settings.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/certificates.py" />
      <source>Tên tổ chức trong chứng thư không được để trống.</source>
      <translation>The organisation named in the certificate may not be empty.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Tệp &amp;PKCS#12 (.p12, .pfx)</source>
      <translation>&amp;PKCS#12 file (.p12, .pfx)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Tệp PDF (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/pades.py" />
      <source>Tệp PDF không có trang {n} để đặt chữ ký.</source>
      <translation>The PDF has no page {n} to place the signature on.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/pades.py" />
      <source>Tệp PDF quá lớn.</source>
      <translation>The PDF is too large.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/credentials.py" />
      <source>Tệp PKCS#12 {name} không có cả khóa riêng và chứng thư số.</source>
      <translation>The PKCS#12 file {name} does not hold both a private key and a certificate.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Tệp chứng thư số PKCS#12</source>
      <translation>PKCS#12 certificate file</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/document_signing.py" />
      <source>Tệp {name} chưa có chữ ký số hiển thị của người có thẩm quyền: ký văn bản trước (`report --sign`, hoặc Ký số… trong bản xem trước), rồi ký số của cơ quan.</source>
      <translation>{name} has no visible signature of the person with authority: sign the document first (`report --sign`, or Sign… in the preview), then add the agency's signature.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/x509.py" />
      <source>Tệp {name} có quá nhiều chứng thư (tối đa {n}).</source>
      <translation>{name} holds too many certificates (at most {n}).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/x509.py" />
      <source>Tệp {name} không phải chứng thư số X.509 (PEM hoặc DER).</source>
      <translation>{name} is not an X.509 certificate (PEM or DER).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/x509.py" />
      <source>Tệp {name} không phải danh sách chứng thư bị thu hồi (CRL) hợp lệ.</source>
      <translation>{name} is not a valid certificate revocation list (CRL).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/x509.py" />
      <source>Tệp {name} quá lớn để là CRL.</source>
      <translation>{name} is too large to be a CRL.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/x509.py" />
      <source>Tệp {name} quá lớn để là chứng thư số hoặc CRL.</source>
      <translation>{name} is too large to be a certificate or a CRL.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/x509.py" />
      <source>Tệp {name} quá lớn để là chứng thư số.</source>
      <translation>{name} is too large to be a certificate.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/credentials.py" />
      <source>Tệp {name} quá lớn để là tệp PKCS#12.</source>
      <translation>{name} is too large to be a PKCS#12 file.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/document_signing.py" />
      <source>Tệp {name} quá lớn.</source>
      <translation>{name} is too large.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/pades.py" />
      <source>Tệp đã được thêm nội dung sau khi ký.</source>
      <translation>Content was added to the file after it was signed.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Tổ chức của đơn &amp;vị</source>
      <translation>Organisations of the &amp;units</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Tổ chức trong chứng thư</source>
      <translation>Organisation in the certificate</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/certificates.py" />
      <source>Tổ chức «{organisation}» đã được xác nhận cho đơn vị {other}: một tổ chức chỉ ký cho một đơn vị.</source>
      <translation>The organisation «{organisation}» is already confirmed for unit {other}: an organisation signs for one unit only.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Từ nay gói và tài liệu được ký bằng chứng thư số của «{holder}».</source>
      <translation>From now on, packages and documents are signed with the certificate of «{holder}».</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Văn bản PDF đã có chữ ký của người có thẩm quyền</source>
      <translation>A PDF signed by the person with authority</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Xác nhận lúc</source>
      <translation>Confirmed at</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Xác nhận tổ chức của đơn vị</source>
      <translation>Confirm the unit's organisation</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/credentials.py" />
      <source>token «{token}», khóa «{key}» (thư viện {library})</source>
      <translation>token «{token}», key «{key}» (library {library})</translation>
    </message>
    <message>
      <location filename="dvc_desktop/certificates/credentials.py" />
      <source>tệp PKCS#12 {path}</source>
      <translation>PKCS#12 file {path}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/certificates.py" />
      <source>«{subject}» trong tệp {name} không phải chứng thư của tổ chức cung cấp dịch vụ chứng thực (CA): chỉ thêm chứng thư CA gốc hoặc CA trung gian; không thêm gì.</source>
      <translation>«{subject}» in {name} is not a certification authority's (CA) certificate: add only root or intermediate CA certificates; nothing was added.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Đang ký số…</source>
      <translation>Signing…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Đã ký số của cơ quan (PAdES {level}) vào {path}.</source>
      <translation>Added the agency's signature (PAdES {level}) to {path}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Đã nạp CRL của «{issuer}» ({n} chứng thư bị thu hồi).</source>
      <translation>Loaded the CRL of «{issuer}» ({n} certificates revoked).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Đã thôi ký bằng chứng thư số.</source>
      <translation>Stopped signing with a certificate.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Đã tin cậy {n} chứng thư CA.</source>
      <translation>Trusted {n} CA certificates.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Đóng</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Đơn vị {who} lần đầu gửi gói ký bằng chứng thư số.

{certificate}

Xác nhận chứng thư số của tổ chức «{organisation}» ký cho đơn vị {unit}? Từ nay chứng thư khác của cùng tổ chức này (gia hạn, token mới) cũng được nhận; chứng thư của tổ chức khác bị từ chối.</source>
      <translation>Unit {who} sends a package signed with a certificate for the first time.

{certificate}

Confirm that certificates of the organisation «{organisation}» sign for unit {unit}? From then on other certificates of this organisation (renewals, new tokens) are accepted too; another organisation's are refused.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/certificates.py" />
      <source>Để trống: ký không kèm dấu thời gian (PAdES B-B)</source>
      <translation>Empty: sign without a timestamp (PAdES B-B)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/document_signing.py" />
      <source>Địa chỉ máy chủ dấu thời gian phải bắt đầu bằng http:// hoặc https://.</source>
      <translation>The timestamp server's address must start with http:// or https://.</translation>
    </message>
  </context>
  <context>
    <name>checks</name>
    <message>
      <location filename="dvc_desktop/services/checks.py" />
      <source>Chưa đơn vị nào ở cấp {level} phân loại thủ tục này.</source>
      <translation>No unit at level {level} has classified this procedure.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/checks.py" />
      <source>Các đơn vị cùng cấp phân loại khác nhau: {detail}</source>
      <translation>Units at the same level classify it differently: {detail}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/checks.py" />
      <source>Cần cập nhật cấp thực hiện: danh mục ghi cấp huyện, cấp này không còn từ 01/7/2025.</source>
      <translation>Executing level to update: the catalogue says district level, which no longer exists from 1/7/2025.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/checks.py" />
      <source>Hình thức {form} khác với bảng kiểm ({suggested}).</source>
      <translation>Form {form} differs from the checklist ({suggested}).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/checks.py" />
      <source>Lý do {form} chưa công bố trên Cổng Dịch vụ công quốc gia (Điều 14 Nghị định 224/2026).</source>
      <translation>The {form} reason is not published on the National Public Service Portal (Decree 224/2026 Art. 14).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/checks.py" />
      <source>Mã {code} không có trong danh mục tham chiếu.</source>
      <translation>Code {code} is not in the reference catalogue.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/checks.py" />
      <source>Một phần theo lý do của Nghị định 42/2022, cần phân loại lại theo Điều 14 Nghị định 224/2026 (lý do đã ghi: {reason}).</source>
      <translation>Partial on a Decree 42/2022 reason, to reclassify under Decree 224/2026 Art. 14 (reason given: {reason}).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/checks.py" />
      <source>thiếu lý do</source>
      <translation>no reason</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/checks.py" />
      <source>thiếu mô tả vấn đề kỹ thuật</source>
      <translation>no technical issue described</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/checks.py" />
      <source>thiếu ngày dự kiến khắc phục</source>
      <translation>no expected fix date</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/checks.py" />
      <source>thiếu quy định làm căn cứ</source>
      <translation>no provision</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/checks.py" />
      <source>{form}: {missing} ({rules}).</source>
      <translation>{form}: {missing} ({rules}).</translation>
    </message>
  </context>
  <context>
    <name>checks_panel</name>
    <message>
      <location filename="dvc_desktop/gui/checks_panel.py" />
      <source>Chưa đơn vị nào phân loại</source>
      <translation>Not classified by any unit</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/checks_panel.py" />
      <source>Cần cập nhật cấp thực hiện</source>
      <translation>Executing level to update</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/checks_panel.py" />
      <source>Cần xử lý ({n})</source>
      <translation>To settle ({n})</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/checks_panel.py" />
      <source>Hiển thị {shown} / {n} vấn đề</source>
      <translation>Showing {shown} / {n} findings</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/checks_panel.py" />
      <source>Không thấy vấn đề nào.</source>
      <translation>No problems found.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/checks_panel.py" />
      <source>Loại</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/checks_panel.py" />
      <source>Lý do chưa công bố trên Cổng DVCQG</source>
      <translation>Reason not published on the National Portal</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/checks_panel.py" />
      <source>Lý do theo Nghị định 42, cần phân loại lại</source>
      <translation>Decree 42 reason, to reclassify</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/checks_panel.py" />
      <source>Mã TTHC</source>
      <translation>Procedure code</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/checks_panel.py" />
      <source>Mã không có trong danh mục tham chiếu</source>
      <translation>Code not in the reference catalogue</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/checks_panel.py" />
      <source>Mọi loại ({n})</source>
      <translation>All kinds ({n})</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/checks_panel.py" />
      <source>Mọi đơn vị</source>
      <translation>All units</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/checks_panel.py" />
      <source>Một phần thiếu lý do hoặc quy định</source>
      <translation>Partial without reason or provision</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/checks_panel.py" />
      <source>Nội dung</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/checks_panel.py" />
      <source>Trang thông tin điện tử</source>
      <translation>Websites</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/checks_panel.py" />
      <source>Trái với bảng kiểm</source>
      <translation>Contradicts the checklist</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/checks_panel.py" />
      <source>Đơn vị</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/checks_panel.py" />
      <source>Đơn vị cùng cấp phân loại khác nhau</source>
      <translation>Units of one level disagree</translation>
    </message>
  </context>
  <context>
    <name>classification</name>
    <message>
      <location filename="dvc_desktop/domain/classification.py" />
      <source> hoặc </source>
      <translation> or </translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/classification.py" />
      <source>Bảng kiểm chưa trả lời đủ năm câu.</source>
      <translation>Not all five checklist questions have been answered.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/classification.py" />
      <source>Chưa chọn hình thức.</source>
      <translation>No form chosen yet.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/classification.py" />
      <source>Chưa trực tuyến phải nêu lý do: quy định loại trừ việc thực hiện trên môi trường mạng hoặc một lý do kỹ thuật.</source>
      <translation>A not-online service needs a reason: a regulation excluding online handling, or a technical ground.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/classification.py" />
      <source>Chỉ ghi lý do và căn cứ khi hình thức là {forms}.</source>
      <translation>A reason and its basis are only given when the form is {forms}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/classification.py" />
      <source>Chỉ ghi ngày công bố trên Cổng Dịch vụ công quốc gia cho dịch vụ một phần hoặc chưa trực tuyến.</source>
      <translation>A publication date on the National Public Service Portal is only given for a partial or not-online service.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/classification.py" />
      <source>Căn cứ pháp lý</source>
      <translation>Legal basis</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/classification.py" />
      <source>Dịch vụ một phần phải nêu lý do (chọn trong danh sách).</source>
      <translation>A partial service must state a reason (chosen from the list).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/classification.py" />
      <source>Ghi chú</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/classification.py" />
      <source>Hình thức đã chọn khác với kết quả bảng kiểm ({suggested}); hãy ghi chú giải thích.</source>
      <translation>The chosen form differs from the checklist result ({suggested}); add a note explaining why.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/classification.py" />
      <source>Lý do</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/classification.py" />
      <source>Lý do «{code}» không có trong {rules}.</source>
      <translation>Reason “{code}” is not in {rules}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/classification.py" />
      <source>Lý do «{reason}» không dùng cho hình thức {form}.</source>
      <translation>The reason «{reason}» does not apply to the form {form}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/classification.py" />
      <source>Mô tả vấn đề kỹ thuật</source>
      <translation>Description of the technical problem</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/classification.py" />
      <source>Mức chủ động {level} không có trong {rules}.</source>
      <translation>Proactive level {level} is not in {rules}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/classification.py" />
      <source>Nên nêu lý do một phần theo quy ước của tỉnh (không bắt buộc theo {rules}).</source>
      <translation>A reason for a partial service is recommended by the province's convention (not required by {rules}).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/classification.py" />
      <source>Đường dẫn trên Cổng DVCQG</source>
      <translation>Link on the National Public Service Portal</translation>
    </message>
  </context>
  <context>
    <name>classify</name>
    <message>
      <location filename="dvc_desktop/services/classify.py" />
      <source>Hình thức «{form}» không hợp lệ: dùng toan_trinh, mot_phan hoặc chua_truc_tuyen.</source>
      <translation>Form “{form}” is invalid: use toan_trinh, mot_phan or chua_truc_tuyen.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/classify.py" />
      <source>Không đọc được hình thức của mã {code}.</source>
      <translation>Could not read the form of code {code}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/classify.py" />
      <source>Lý do «{reason}» không khớp lý do nào của {rules}; các mã lý do: {codes}.</source>
      <translation>Reason “{reason}” matches no reason of {rules}; the reason codes are: {codes}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/classify.py" />
      <source>Mã {code} không có trong danh mục tham chiếu của tỉnh; nhập gói tham chiếu mới hoặc thêm thủ tục riêng của đơn vị trong cửa sổ.</source>
      <translation>Code {code} is not in the province's reference catalogue; import a new reference package or add it as the unit's own procedure in the window.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/classify.py" />
      <source>Phân loại TTHC là việc của đơn vị (vai trò department), không phải của tỉnh.</source>
      <translation>Classifying procedures is the job of a unit (role department), not of the province.</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <location filename="dvc_desktop/cli/province.py" />
      <source>  #{id} {name} — mở {opened}, hạn {deadline}, chốt số liệu {reporting}, {state}; căn cứ: {basis}</source>
      <translation>  #{id} {name} — opened {opened}, deadline {deadline}, reporting date {reporting}, {state}; basis: {basis}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>  Chủ thể:   {subject}</source>
      <translation>  Subject:   {subject}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>  Cấp bởi:   {issuer}</source>
      <translation>  Issued by: {issuer}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>  Dấu thời gian: {at}</source>
      <translation>  Timestamp: {at}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>  Hiệu lực:  {since} – {until}</source>
      <translation>  Valid:     {since} – {until}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>  Lý do: {reason}</source>
      <translation>  Reason: {reason}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>  Người ký:  {signer}</source>
      <translation>  Signer:    {signer}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>  SHA-256:   {fp}</source>
      <translation>  SHA-256:   {fp}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>  Số sê-ri:  {serial}</source>
      <translation>  Serial:    {serial}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>  Thời gian ký: {at}</source>
      <translation>  Signed at: {at}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>  Tệp thay đổi sau khi ký: {answer}</source>
      <translation>  File changed after signing: {answer}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>  Tổ chức:   {organisation}</source>
      <translation>  Organisation: {organisation}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/common.py" />
      <source>  dòng {row}: {reason}</source>
      <translation>  row {row}: {reason}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/packages.py" />
      <source>  số liệu hồ sơ đổi ở {n} quý: {periods}</source>
      <translation>  dossier figures changed in {n} quarters: {periods}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/oversight.py" />
      <source> (gửi trễ)</source>
      <translation> (sent late)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/__init__.py" />
      <source>(chi tiết trong {path})</source>
      <translation>(details in {path})</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/reports.py" />
      <source>(chỉ «Lưu: VT.»)</source>
      <translation>(only “Lưu: VT.”)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/department.py" />
      <source>(import-excel) chỉ báo cáo, không thay đổi dữ liệu</source>
      <translation>(import-excel) report only, change nothing</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/reports.py" />
      <source>(không in)</source>
      <translation>(not printed)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/reports.py" />
      <source>(theo loại đơn vị)</source>
      <translation>(from the unit's kind)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/reports.py" />
      <source>(tên đơn vị, viết đầy đủ «UBND»)</source>
      <translation>(the unit's name, “UBND” written out)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/reports.py" />
      <source>(để trống)</source>
      <translation>(empty)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>?ĐK</source>
      <translation>?Elig</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/reports.py" />
      <source>Báo cáo đã được ký số (PAdES {level}).</source>
      <translation>The report was digitally signed (PAdES {level}).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/setup.py" />
      <source>Bản cũ được giữ lại: {path}</source>
      <translation>The previous copy is kept: {path}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>CA «{subject}» đã được tin cậy từ trước.</source>
      <translation>CA «{subject}» was already trusted.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>CPL</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>CRL này đã được nạp từ trước.</source>
      <translation>This CRL was already loaded.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>CTT</source>
      <translation>Off</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/province.py" />
      <source>Chưa có đợt rà soát nào.</source>
      <translation>No review round yet.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>Chưa cấu hình chứng thư số để ký: dùng `dvc-desktop keys certificate --pkcs11-lib …` hoặc `--pkcs12 …`.</source>
      <translation>No signing certificate is configured: use `dvc-desktop keys certificate --pkcs11-lib …` or `--pkcs12 …`.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>Chưa nhập số liệu hồ sơ quý nào.</source>
      <translation>No quarter's dossier figures entered yet.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>Chỉ nhận gói ký bằng chứng thư số; gói chỉ ký bằng khóa minisign bị từ chối.</source>
      <translation>Only packages signed with a certificate are accepted; packages signed with a minisign key only are refused.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>Chỉ tiêu danh mục theo {by} (ngày báo cáo {day}, bộ quy tắc {rules}): TT = toàn trình, MP = một phần, CTT = chưa trực tuyến, CPL = chưa phân loại, ĐĐK = đủ điều kiện toàn trình theo CSDLQG (Quyết định 766/QĐ-TTg), ?ĐK = chưa rõ điều kiện, ƯT = đủ điều kiện ước tính theo lý do, CĐ1–4 = mức độ chủ động (Điều 16 Nghị định 224/2026).</source>
      <translation>Catalogue indicators by {by} (reporting date {day}, rule set {rules}): Full = toàn trình, Part = một phần, Off = chưa trực tuyến, Open = not classified, Elig = eligible for toàn trình in the national database (Decision 766/QĐ-TTg), ?Elig = eligibility unknown, Est = eligible as estimated from the reasons, PL1–4 = proactive levels (Decree 224/2026 Art. 16).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/reports.py" />
      <source>Chức vụ người ký</source>
      <translation>Signer's title</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>CÓ</source>
      <translation>YES</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/publication.py" />
      <source>Các xã trả lời khác nhau ở {n} thủ tục: tên các xã ghi ở cột Ghi chú.</source>
      <translation>Communes answer {n} procedures differently: the communes are named in the Notes column.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>Có phí</source>
      <translation>With fees</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>CĐ1</source>
      <translation>PL1</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>CĐ2</source>
      <translation>PL2</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>CĐ3</source>
      <translation>PL3</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>CĐ4</source>
      <translation>PL4</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/catalog.py" />
      <source>Cơ quan thực hiện chưa khớp đơn vị nào trong danh sách của tỉnh ({n}): {names}</source>
      <translation>Executing agencies that match no unit in the province's list ({n}): {names}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/province.py" />
      <source>Cơ quan thực hiện trong danh mục chưa khớp đơn vị nào: {names}</source>
      <translation>Executing agencies in the catalogue that match no unit: {names}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/setup.py" />
      <source>Cảnh báo: {warning}</source>
      <translation>Warning: {warning}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/province.py" />
      <source>Cần --deadline hoặc --reporting-date.</source>
      <translation>Give --deadline or --reporting-date.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/department.py" />
      <source>Cần --form toan_trinh, mot_phan hoặc chua_truc_tuyen.</source>
      <translation>Give --form toan_trinh, mot_phan or chua_truc_tuyen.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/department.py" />
      <source>Cần bổ sung mô tả vấn đề kỹ thuật và ngày dự kiến khắc phục ({n}): {codes}</source>
      <translation>A technical issue and an expected fix date are still needed ({n}): {codes}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/catalog.py" />
      <source>Cần cập nhật cấp thực hiện (cấp huyện không còn từ 01/7/2025) ({n}): {codes}</source>
      <translation>Executing level to update (no district level since 01/07/2025) ({n}): {codes}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/common.py" />
      <source>Cần mã PIN của token: đặt DVC_TOKEN_PIN hoặc dùng --pin-file.</source>
      <translation>The token's PIN is needed: set DVC_TOKEN_PIN or use --pin-file.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/common.py" />
      <source>Cần mật khẩu khóa: đặt DVC_KEY_PASSPHRASE hoặc dùng --passphrase-file.</source>
      <translation>The key passphrase is required: set DVC_KEY_PASSPHRASE or use --passphrase-file.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/department.py" />
      <source>Cần tên tệp: dvc-desktop classify import-excel TỆP.xlsx</source>
      <translation>Give a file name: dvc-desktop classify import-excel FILE.xlsx</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/__init__.py" />
      <source>Danh mục dịch vụ công trực tuyến toàn trình / một phần của tỉnh. Không có lệnh: mở cửa sổ ứng dụng.</source>
      <translation>The province's catalogue of full online / partial online public services. Without a command: opens the application window.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/keys.py" />
      <source>Dấu vân tay của khóa: {fp}</source>
      <translation>Key fingerprint: {fp}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/__init__.py" />
      <source>Dữ liệu đang được một phiên khác dùng; chờ tối đa {seconds} giây…</source>
      <translation>The data is in use by another session; waiting up to {seconds} seconds…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/catalog.py" />
      <source>Giữ nguyên dữ liệu tham chiếu của tỉnh (tệp ghi khác, không ghi đè) ({n}): {codes}</source>
      <translation>The province's reference data kept (the file says otherwise; not overwritten) ({n}): {codes}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/packages.py" />
      <source>Gói hợp lệ: {kind} số {sequence} của {sender} gửi {recipient}, {n} bản ghi, khóa {key}.</source>
      <translation>Valid package: {kind} no. {sequence} from {sender} to {recipient}, {n} records, key {key}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/packages.py" />
      <source>Gói này thông báo khóa mới {key}; từ nay gói được ký bằng khóa mới.</source>
      <translation>This package announces the new key {key}; from now on packages are signed with the new key.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/common.py" />
      <source>Hai lần nhập mật khẩu không khớp nhau.</source>
      <translation>The two passphrases do not match.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/province.py" />
      <source>Hạn nộp</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>HỢP LỆ</source>
      <translation>VALID</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>KHÔNG HỢP LỆ</source>
      <translation>NOT VALID</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/setup.py" />
      <source>Kho dữ liệu: {where}</source>
      <translation>Store: {where}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/keys.py" />
      <source>Khóa {key}, tạo lúc {at}</source>
      <translation>Key {key}, created at {at}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/oversight.py" />
      <source>Không có loại kiểm tra «{kind}».</source>
      <translation>There is no kind of check «{kind}».</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>Không dùng máy chủ dấu thời gian: tài liệu ký số theo PAdES B-B.</source>
      <translation>No timestamp server: documents are signed as PAdES B-B.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/keys.py" />
      <source>Không thêm khóa.</source>
      <translation>Key not added.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>Không xác nhận.</source>
      <translation>Not confirmed.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/common.py" />
      <source>Không đọc được tệp mã PIN: {error}</source>
      <translation>Cannot read the PIN file: {error}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/common.py" />
      <source>Không đọc được tệp mật khẩu: {error}</source>
      <translation>Could not read the passphrase file: {error}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/keys.py" />
      <source>Khớp với dấu vân tay đơn vị {unit} cung cấp? [c/K] </source>
      <translation>Does it match the fingerprint provided by unit {unit}? [y/N] </translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/reports.py" />
      <source>Kính gửi</source>
      <translation>Recipient (Kính gửi)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/packages.py" />
      <source>Ký bằng chứng thư số của «{holder}» (tổ chức «{organisation}», số sê-ri {serial}) lúc {at}.</source>
      <translation>Signed with the certificate of «{holder}» (organisation «{organisation}», serial {serial}) at {at}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>Ký bằng chứng thư số trên {where}:</source>
      <translation>Signing with the certificate on {where}:</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>Kỳ</source>
      <translation>Period</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/reports.py" />
      <source>Lưu ý: {notice}</source>
      <translation>Note: {notice}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/__init__.py" />
      <source>Lỗi không mong đợi: {error}</source>
      <translation>Unexpected error: {error}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>MP</source>
      <translation>Part</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/setup.py" />
      <source>Máy này trở lại dùng kho SQLite trong {path}.</source>
      <translation>This computer uses its SQLite store in {path} again.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/setup.py" />
      <source>Máy này đang dùng kho SQLite; hãy cho địa chỉ máy chủ để thử.</source>
      <translation>This computer uses its SQLite store; give a server address to test.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/common.py" />
      <source>Mã PIN của token: </source>
      <translation>Token PIN: </translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/common.py" />
      <source>Mật khẩu khóa: </source>
      <translation>Key passphrase: </translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/province.py" />
      <source>Ngày chốt số liệu</source>
      <translation>Reporting date</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/reports.py" />
      <source>Người ký</source>
      <translation>Signer</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>Nhận gói ký bằng chứng thư số hoặc bằng khóa minisign đã tin cậy.</source>
      <translation>Packages signed with a certificate or with a trusted minisign key are accepted.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/common.py" />
      <source>Nhập lại mật khẩu khóa: </source>
      <translation>Re-enter key passphrase: </translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/publication.py" />
      <source>SỐ</source>
      <translation>NUMBER</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/reports.py" />
      <source>Số ký hiệu</source>
      <translation>Document number</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>Số liệu hồ sơ kỳ {period}: {reporting}/{expected} đơn vị đã nhập. TTT = tiếp nhận trực tuyến toàn trình, XLTT = xử lý trực tuyến, ĐĐK = hồ sơ của TTHC đủ điều kiện (CSDLQG); — = chưa nhập.</source>
      <translation>Dossier figures for {period}: {reporting}/{expected} units entered. FullIn = received online toàn trình, ProcOn = processed online, Elig = dossiers of eligible procedures (national database); — = not entered.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>Số quý</source>
      <translation>Quarters</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>TT</source>
      <translation>Full</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>TT/TTHC</source>
      <translation>Full/procedures</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>TT/trực tuyến</source>
      <translation>Full/online</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>TT/trực tuyến: {label}.</source>
      <translation>Full/online: {label}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>TT/ĐĐK</source>
      <translation>Full/Elig</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>TT/ƯT</source>
      <translation>Full/Est</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>TTHC</source>
      <translation>Procedures</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/oversight.py" />
      <source>TTHC trong danh mục: {procedures}; số phân loại đã có hình thức: {classified}; hạn nộp: {deadline}</source>
      <translation>Procedures in the catalogue: {procedures}; classifications with a form: {classified}; deadline: {deadline}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>TTT</source>
      <translation>FullIn</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>TTT/ĐĐK</source>
      <translation>FullIn/Elig</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/department.py" />
      <source>Thừa đối số «{value}».</source>
      <translation>Unexpected argument «{value}».</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>Tiếp nhận</source>
      <translation>Received</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/department.py" />
      <source>Trang «{sheet}», tiêu đề ở dòng {row}: thêm vào danh mục {added}, phân loại thay đổi {updated}, không đổi {unchanged}, từ chối {rejected}.</source>
      <translation>Sheet «{sheet}», header on row {row}: added to the catalogue {added}, classification changed {updated}, unchanged {unchanged}, refused {rejected}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/common.py" />
      <source>Trang «{sheet}», tiêu đề ở dòng {row}: thêm {added}, cập nhật {updated}, không đổi {unchanged}, từ chối {rejected}.</source>
      <translation>Sheet “{sheet}”, header at row {row}: added {added}, updated {updated}, unchanged {unchanged}, rejected {rejected}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>Trực tuyến</source>
      <translation>Online</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>Trực tuyến toàn trình {full} ({full_share}); xử lý trực tuyến {processed} ({processed_share}); hồ sơ của TTHC đủ điều kiện {eligible}, trong đó trực tuyến toàn trình {eligible_full} ({eligible_share}).</source>
      <translation>Received online toàn trình {full} ({full_share}); processed online {processed} ({processed_share}); dossiers of eligible procedures {eligible}, of which online toàn trình {eligible_full} ({eligible_share}).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>Tài liệu ký số kèm dấu thời gian của {url} (PAdES B-T) khi máy chủ trả lời.</source>
      <translation>Signed documents carry a timestamp from {url} (PAdES B-T) when the server answers.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>Tên</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/setup.py" />
      <source>Tên cán bộ ghi vào nhật ký: {name}</source>
      <translation>Staff name recorded in the audit log: {name}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/reports.py" />
      <source>Tên cơ quan ban hành</source>
      <translation>Issuing agency's name</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/common.py" />
      <source>Tệp mã PIN {name} quá lớn.</source>
      <translation>The PIN file {name} is too large.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/publication.py" />
      <source>Tệp đã được ký số bằng chứng thư số của cơ quan (góc trên bên phải trang đầu).</source>
      <translation>The file was signed with the agency's certificate (top right of the first page).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/setup.py" />
      <source>Tỉnh đã nhận {packages} gói của {units} đơn vị; {late} đơn vị trễ hạn (hạn nộp {deadline}).</source>
      <translation>The province received {packages} packages from {units} units; {late} units are late (deadline {deadline}).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>Từ nay gói và tài liệu được ký bằng chứng thư số trên {where}:</source>
      <translation>From now on, packages and documents are signed with the certificate on {where}:</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/setup.py" />
      <source>Từ nay máy này dùng kho trên máy chủ {url}.</source>
      <translation>From now on this computer uses the store on the server {url}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/setup.py" />
      <source>Từ nay máy này dùng kho trên máy chủ.</source>
      <translation>From now on this computer uses the store on the server.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>Tỷ lệ</source>
      <translation>Share</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>Tỷ lệ nộp phí: {label}.</source>
      <translation>Fee payment ratio: {label}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>Với --pkcs11-lib cần cả --token (nhãn token) và --key-label (nhãn khóa).</source>
      <translation>With --pkcs11-lib, both --token (the token's label) and --key-label (the key's label) are needed.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>XLTT</source>
      <translation>ProcOn</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>Xác nhận chứng thư số của tổ chức «{organisation}» ký cho đơn vị {unit}? [c/K] </source>
      <translation>Confirm that certificates of the organisation «{organisation}» sign for unit {unit}? [y/N] </translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/common.py" />
      <source>[Chạy thử, không thay đổi dữ liệu] </source>
      <translation>[Dry run, no data changed] </translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/packages.py" />
      <source>[Chạy thử] </source>
      <translation>[Dry run] </translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/oversight.py" />
      <source>accept: chấp nhận; return: trả lại kèm ý kiến; clear: bỏ quyết định</source>
      <translation>accept; return with a comment; clear: withdraw the decision</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>agency: chữ ký số của cơ quan (văn thư ký bằng chứng thư số của cơ quan)</source>
      <translation>agency: the agency's digital signature (the clerk signs with the agency's certificate)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/packages.py" />
      <source>biên nhận của tỉnh gửi đơn vị</source>
      <translation>the province's receipts for units</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/reports.py" />
      <source>báo cáo của một đơn vị (mã định danh đơn vị)</source>
      <translation>one unit's report (unit identifier)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/department.py" />
      <source>bản nháp</source>
      <translation>draft</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/oversight.py" />
      <source>bị trả lại</source>
      <translation>returned</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/publication.py" />
      <source>bỏ ra: câu trả lời tỉnh đã trả lại (returned), chưa xem xét (unreviewed), thủ tục chưa phân loại (unclassified); dùng nhiều lần được</source>
      <translation>leave out: answers the province returned (returned), not reviewed yet (unreviewed), unclassified procedures (unclassified); may be repeated</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/__init__.py" />
      <source>cho phép thay tệp đầu ra đã có cùng loại (chỉ thay khi tệp mới đã ghi trọn vẹn)</source>
      <translation>allow replacing an existing output file of the same kind (replaced only once the new file is written whole)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/setup.py" />
      <source>chuyển kho SQLite của máy này lên máy chủ PostgreSQL (kiểm tra số dòng và tổng kiểm từng bảng; tệp SQLite giữ nguyên)</source>
      <translation>move this computer's SQLite store onto a PostgreSQL server (row counts and a checksum per table checked; the SQLite file is left as it was)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>chính sách nhận gói</source>
      <translation>the policy for accepting packages</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/oversight.py" />
      <source>chưa nộp</source>
      <translation>not submitted</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/catalog.py" />
      <source>chưa rõ điều kiện toàn trình</source>
      <translation>eligibility for toàn trình unknown</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/common.py" />
      <source>chỉ báo cáo, không thay đổi dữ liệu</source>
      <translation>report only, do not change any data</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/department.py" />
      <source>chỉ các mã này (lặp lại được)</source>
      <translation>only these codes (repeatable)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/publication.py" />
      <source>chỉ một cấp thực hiện (mã cấp, ví dụ tinh, xa)</source>
      <translation>one executing level only (level code, e.g. tinh, xa)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/oversight.py" />
      <source>chỉ một loại: disagreement, unclassified_at_level, partial_without_basis, reclassify_nd42, portal_unpublished, contradicts_checklist, unknown_code, level_update, website</source>
      <translation>one kind only: disagreement, unclassified_at_level, partial_without_basis, reclassify_nd42, portal_unpublished, contradicts_checklist, unknown_code, level_update, website</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/publication.py" />
      <source>chỉ một đơn vị (mã đơn vị; bản làm việc)</source>
      <translation>one unit only (unit code; working draft)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>chỉ nhận gói ký bằng chứng thư số</source>
      <translation>accept only packages signed with a certificate</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>chỉ tiêu dịch vụ công trực tuyến theo đơn vị, cấp, lĩnh vực</source>
      <translation>online public service indicators by unit, level, sector</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/department.py" />
      <source>chọn lý do khác đề xuất cho một mã, ví dụ 1.000001=law_requires_presence</source>
      <translation>choose another ground than proposed for one code, e.g. 1.000001=law_requires_presence</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/__init__.py" />
      <source>chờ tối đa số giây này khi dữ liệu đang được phiên khác dùng (mặc định 5)</source>
      <translation>wait up to this many seconds while another session uses the data (default 5)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/oversight.py" />
      <source>chờ xem xét</source>
      <translation>to review</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/reports.py" />
      <source>chức vụ người ký; xuống dòng bằng «|» (KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC)</source>
      <translation>signer's title; new line with «|» (KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>chứng thư của tổ chức cung cấp dịch vụ chứng thực (CA) được tin cậy</source>
      <translation>trusted certification authorities' (CA) certificates</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>chứng thư số dùng để ký (token PKCS#11 hoặc tệp PKCS#12)</source>
      <translation>the signing certificate (a PKCS#11 token or a PKCS#12 file)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/reports.py" />
      <source>chữ viết tắt tên cơ quan sau «Số: …/BC-» (ví dụ VPUBND)</source>
      <translation>agency abbreviation after «Số: …/BC-» (e.g. VPUBND)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>các quý đã nhập số liệu</source>
      <translation>the quarters with dossier figures</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/province.py" />
      <source>các đơn vị, cấp và tình trạng</source>
      <translation>the units, levels and states</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/province.py" />
      <source>các đợt rà soát</source>
      <translation>the review rounds</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/oversight.py" />
      <source>còn chưa phân loại</source>
      <translation>incomplete</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>cấp</source>
      <translation>level</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/province.py" />
      <source>cấp tỉnh</source>
      <translation>province level</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/province.py" />
      <source>cấp xã</source>
      <translation>commune level</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/publication.py" />
      <source>cột thêm của phụ lục: announcing_decision, proactive_level (cách nhau bằng dấu phẩy)</source>
      <translation>extra columns of the appendix: announcing_decision, proactive_level (comma-separated)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/catalog.py" />
      <source>danh mục TTHC tham chiếu</source>
      <translation>reference catalogue of administrative procedures</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>danh sách chứng thư bị thu hồi (CRL) nạp từ tệp</source>
      <translation>certificate revocation lists (CRL) loaded from files</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/province.py" />
      <source>danh sách đơn vị của tỉnh (tỉnh)</source>
      <translation>the province's list of units (province)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/reports.py" />
      <source>dòng «Kính gửi» dưới tên báo cáo (để trống: không in)</source>
      <translation>the «Kính gửi» line under the title (empty: not printed)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/__init__.py" />
      <source>dùng một kho dữ liệu mẫu tạm thời (xóa khi thoát)</source>
      <translation>use a temporary demo data store (deleted on exit)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/packages.py" />
      <source>dấu vân tay khóa của tỉnh (lần nhập đầu tiên)</source>
      <translation>fingerprint of the province's key (first import)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/department.py" />
      <source>ghi chú</source>
      <translation>note</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/keys.py" />
      <source>ghi khóa công khai dạng minisign</source>
      <translation>write the public key in minisign format</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/catalog.py" />
      <source>ghi nhận thủ tục đủ điều kiện toàn trình theo CSDLQG (yes/no/unknown)</source>
      <translation>record whether a procedure is eligible for toàn trình in the national database (yes/no/unknown)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/province.py" />
      <source>ghi nhận đơn vị giải thể hoặc sáp nhập (không còn phải nộp)</source>
      <translation>record a unit dissolved or merged (no longer has to submit)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>ghi ra tệp .csv hoặc .xlsx</source>
      <translation>write a .csv or .xlsx file</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/__init__.py" />
      <source>giành lại khóa dữ liệu do một máy khác để lại (chỉ khi chắc chắn máy đó không còn mở dữ liệu này); được ghi vào nhật ký</source>
      <translation>take over the data lock another computer left (only when sure that computer no longer has the data open); written to the audit log</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/packages.py" />
      <source>gói dữ liệu ký số</source>
      <translation>digitally signed data packages</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/packages.py" />
      <source>gói tham chiếu của tỉnh</source>
      <translation>the province's reference package</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/publication.py" />
      <source>gồm cả thủ tục chưa đơn vị nào phân loại (bản làm việc)</source>
      <translation>include procedures no unit has classified (working draft)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/province.py" />
      <source>hạn nộp mới, YYYY-MM-DD</source>
      <translation>new deadline, YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/province.py" />
      <source>hạn nộp, YYYY-MM-DD</source>
      <translation>deadline, YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/reports.py" />
      <source>họ và tên người ký</source>
      <translation>the signer's full name</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/reports.py" />
      <source>in báo cáo tổng hợp ra tệp PDF (cả tỉnh hoặc một đơn vị)</source>
      <translation>print the summary report to a PDF file (the province or one unit)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/reports.py" />
      <source>in dạng JSON</source>
      <translation>print as JSON</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/keys.py" />
      <source>in dấu vân tay của khóa</source>
      <translation>print the key's fingerprint</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/__init__.py" />
      <source>kho của tỉnh trên máy chủ PostgreSQL: postgresql+psycopg://người_dùng@máy_chủ/tên_csdl (hoặc đặt biến DVC_DATABASE_URL); mật khẩu lấy từ tệp pgpass hoặc PGPASSWORD</source>
      <translation>the province's store on a PostgreSQL server: postgresql+psycopg://user@host/dbname (or set DVC_DATABASE_URL); the password comes from the pgpass file or PGPASSWORD</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/setup.py" />
      <source>kho của tỉnh trên máy chủ PostgreSQL: xem, thử, chọn, bỏ</source>
      <translation>the province's store on a PostgreSQL server: show, test, use, forget</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/setup.py" />
      <source>kho đang dùng và tên cán bộ ghi vào nhật ký</source>
      <translation>the store in use and the staff name recorded in the audit log</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/keys.py" />
      <source>khóa của các đơn vị được tin cậy (tỉnh)</source>
      <translation>trusted keys of units (province)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/keys.py" />
      <source>khóa ký của đơn vị</source>
      <translation>the unit's signing key</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/setup.py" />
      <source>khôi phục kho dữ liệu và khóa từ một bản sao lưu</source>
      <translation>restore the store and the keys from a backup</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>không</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>không dùng máy chủ dấu thời gian</source>
      <translation>use no timestamp server</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>không hỏi xác nhận</source>
      <translation>do not ask for confirmation</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/keys.py" />
      <source>không hỏi xác nhận dấu vân tay</source>
      <translation>do not ask to confirm the fingerprint</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/catalog.py" />
      <source>không đủ điều kiện toàn trình</source>
      <translation>not eligible for toàn trình</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/setup.py" />
      <source>khởi tạo: vai trò, đơn vị, tỉnh</source>
      <translation>initialise: role, unit, province</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>kiểm tra chữ ký số của tệp PDF (PAdES)</source>
      <translation>check a PDF's digital signatures (PAdES)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/packages.py" />
      <source>kiểm tra gói, không thay đổi dữ liệu</source>
      <translation>check a package without changing any data</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/oversight.py" />
      <source>kiểm tra tính nhất quán của danh mục tổng hợp (tỉnh)</source>
      <translation>check the consolidated catalogue for inconsistencies (province)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/reports.py" />
      <source>ký số báo cáo bằng chứng thư số đã cấu hình (PAdES), chữ ký hiện ở khối chữ ký</source>
      <translation>sign the report with the configured certificate (PAdES), the signature shown at the signature block</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>ký số của cơ quan lên văn bản PDF đã có chữ ký của người có thẩm quyền (đè lên 1/3 bên trái chữ ký đó)</source>
      <translation>add the agency's signature to a PDF the person with authority signed (over the left third of that signature)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/publication.py" />
      <source>ký số tệp .pdf bằng chứng thư số của cơ quan (văn bản kèm theo quyết định)</source>
      <translation>sign the .pdf with the agency's certificate (a document attached to the decision)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/province.py" />
      <source>kết thúc đợt đang mở</source>
      <translation>close the open round</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>kỳ báo cáo số liệu hồ sơ: một quý (2026-Q3) hoặc một năm (2026)</source>
      <translation>dossier reporting period: a quarter (2026-Q3) or a year (2026)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/department.py" />
      <source>lý do một phần hoặc chưa trực tuyến (mã hoặc tên trong bộ quy tắc)</source>
      <translation>reason for một phần or chưa trực tuyến (code or name in the rule set)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>lĩnh vực</source>
      <translation>sector</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>máy chủ dấu thời gian (RFC 3161) cho tài liệu ký số</source>
      <translation>the timestamp server (RFC 3161) for signed documents</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/setup.py" />
      <source>máy chủ đích, trống: postgresql+psycopg://người_dùng@máy_chủ/tên_csdl</source>
      <translation>the target server, empty: postgresql+psycopg://user@host/dbname</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/setup.py" />
      <source>máy này dùng kho trên máy chủ (mật khẩu để trong pgpass)</source>
      <translation>this computer uses the store on the server (the password goes in pgpass)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/setup.py" />
      <source>máy này trở lại dùng kho SQLite của mình</source>
      <translation>this computer goes back to its own SQLite store</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/catalog.py" />
      <source>mã TTHC</source>
      <translation>procedure code</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/oversight.py" />
      <source>mã TTHC (có thể lặp lại)</source>
      <translation>procedure code (may be repeated)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/department.py" />
      <source>mã TTHC, hoặc import-excel TỆP.xlsx</source>
      <translation>procedure code, or import-excel FILE.xlsx</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/setup.py" />
      <source>mã tỉnh H01…H63; mã đã ngừng sử dụng được nhận kèm cảnh báo</source>
      <translation>province code H01…H63; a retired code is accepted with a warning</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/oversight.py" />
      <source>mã định danh đơn vị</source>
      <translation>unit identifier</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/setup.py" />
      <source>mã định danh đơn vị, ví dụ 000.00.13.H59</source>
      <translation>unit identifier code, e.g. 000.00.13.H59</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/province.py" />
      <source>mã định danh, ví dụ 000.00.13.H40</source>
      <translation>identifier, e.g. 000.00.13.H40</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/department.py" />
      <source>mô tả vấn đề kỹ thuật (lý do kỹ thuật)</source>
      <translation>description of the technical issue (technical ground)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/province.py" />
      <source>mở một đợt rà soát</source>
      <translation>open a review round</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/common.py" />
      <source>ngày báo cáo, ví dụ 05/07/2026: chọn quy định áp dụng (mặc định: ngày báo cáo của đợt đang mở, nếu không có thì hôm nay)</source>
      <translation>reporting date, e.g. 05/07/2026: chooses the rules that apply (default: the open round's reporting date, else today)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/province.py" />
      <source>ngày chốt số liệu mới, YYYY-MM-DD, hoặc «none» để bỏ</source>
      <translation>new reporting date, YYYY-MM-DD, or «none» to remove it</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/province.py" />
      <source>ngày chốt số liệu, YYYY-MM-DD: chọn quy định áp dụng (bỏ trống: ngày lập báo cáo)</source>
      <translation>reporting date, YYYY-MM-DD: chooses the law that applies (empty: the day the report is made)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/department.py" />
      <source>ngày công bố lý do trên Cổng Dịch vụ công quốc gia</source>
      <translation>date the reason was published on the National Public Service Portal</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/department.py" />
      <source>ngày dự kiến khắc phục (lý do kỹ thuật), ví dụ 31/03/2027</source>
      <translation>expected fix date (technical ground), e.g. 31/03/2027</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/province.py" />
      <source>ngày lập báo cáo</source>
      <translation>the day the report is made</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/publication.py" />
      <source>ngày quyết định, ví dụ 15/12/2026</source>
      <translation>decision date, e.g. 15/12/2026</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>nhãn của khóa ký trên token</source>
      <translation>the label of the signing key on the token</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>nhãn của token</source>
      <translation>the token's label</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/__init__.py" />
      <source>như --demo, nhưng là kho của Văn phòng UBND tỉnh đã nhận gói của các đơn vị</source>
      <translation>like --demo, but the provincial office's store, with the units' packages received</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>nhận cả gói chỉ ký bằng khóa minisign (mặc định)</source>
      <translation>also accept packages signed with a minisign key only (the default)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/packages.py" />
      <source>nhập các gói (tỉnh: gói của đơn vị; đơn vị: biên nhận)</source>
      <translation>import packages (province: units' packages; unit: receipts)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/catalog.py" />
      <source>nhập danh mục từ tệp .xlsx</source>
      <translation>import the catalogue from an .xlsx file</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/province.py" />
      <source>nhập danh sách đơn vị từ tệp .xlsx</source>
      <translation>import the list of units from an .xlsx file</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>nhập hoặc sửa số liệu hồ sơ của một quý</source>
      <translation>enter or correct a quarter's dossier figures</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>nạp CRL từ tệp (PEM hoặc DER)</source>
      <translation>load a CRL from a file (PEM or DER)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/setup.py" />
      <source>nạp bộ dữ liệu mẫu của một tỉnh</source>
      <translation>load a province's demo data set</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/publication.py" />
      <source>official (mặc định): phụ lục kèm quyết định; draft: bản làm việc</source>
      <translation>official (default): the appendix to the decision; draft: the working draft</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/department.py" />
      <source>phân loại lại các lý do theo Nghị định 42/2022 theo Điều 14 Nghị định 224/2026 (đơn vị)</source>
      <translation>reclassify Decree 42/2022 reasons under Decree 224/2026 Art. 14 (unit)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/department.py" />
      <source>phân loại một TTHC, hoặc nhập bảng phân loại từ Excel (đơn vị)</source>
      <translation>classify one procedure, or import a classification table from Excel (unit)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/department.py" />
      <source>quy định làm căn cứ (lý do pháp lý)</source>
      <translation>the provision relied on (legal ground)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/publication.py" />
      <source>quyết định viết liền, ví dụ "1234/QĐ-UBND ngày 15/12/2026"</source>
      <translation>the decision in one piece, e.g. "1234/QĐ-UBND ngày 15/12/2026"</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>quý, ví dụ 2026-Q3</source>
      <translation>quarter, e.g. 2026-Q3</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/setup.py" />
      <source>sao lưu trực tuyến kho dữ liệu (kèm thư mục khóa)</source>
      <translation>online backup of the store (with the keys folder)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/setup.py" />
      <source>sau khi chuyển, máy này dùng kho trên máy chủ</source>
      <translation>afterwards this computer uses the store on the server</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/department.py" />
      <source>sẵn sàng</source>
      <translation>ready</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>số hồ sơ có phí, lệ phí</source>
      <translation>dossiers with fees or charges</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>số hồ sơ của TTHC đủ điều kiện toàn trình trên CSDLQG (không bắt buộc)</source>
      <translation>dossiers of procedures eligible for toàn trình in the national database (optional)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>số hồ sơ thanh toán trực tuyến</source>
      <translation>dossiers paid online</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>số hồ sơ tiếp nhận trực tuyến</source>
      <translation>dossiers received online</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>số hồ sơ tiếp nhận trực tuyến toàn trình (không bắt buộc)</source>
      <translation>dossiers received online toàn trình (optional)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>số hồ sơ xử lý trực tuyến (không bắt buộc)</source>
      <translation>dossiers processed online (optional)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>số liệu hồ sơ của đơn vị theo quý</source>
      <translation>the units' dossier figures by quarter</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/publication.py" />
      <source>số quyết định, ví dụ 1234/QĐ-UBND</source>
      <translation>decision number, e.g. 1234/QĐ-UBND</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/province.py" />
      <source>sửa</source>
      <translation>change</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/catalog.py" />
      <source>thuộc tính của từng thủ tục</source>
      <translation>attributes of each procedure</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/province.py" />
      <source>thêm</source>
      <translation>add</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/province.py" />
      <source>thêm một đơn vị</source>
      <translation>add a unit</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>thôi ký bằng chứng thư số</source>
      <translation>stop signing with a certificate</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>thôi tin cậy một chứng thư CA (theo dấu SHA-256)</source>
      <translation>stop trusting a CA certificate (by its SHA-256)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/__init__.py" />
      <source>thư mục dữ liệu (mặc định: $DVC_DATA_DIR hoặc thư mục dữ liệu người dùng)</source>
      <translation>data directory (default: $DVC_DATA_DIR or the user data directory)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>thư viện PKCS#11 của token (trình điều khiển)</source>
      <translation>the token's PKCS#11 library (its driver)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/setup.py" />
      <source>thử kết nối tới máy chủ</source>
      <translation>test the connection to the server</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>tin cậy các chứng thư CA trong tệp (PEM hoặc DER)</source>
      <translation>trust the CA certificates in a file (PEM or DER)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/keys.py" />
      <source>tin cậy khóa công khai của một đơn vị</source>
      <translation>trust a unit's public key</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/province.py" />
      <source>tinh hoặc xa; huyen bị từ chối (cấp huyện chấm dứt từ 1/7/2025)</source>
      <translation>tinh or xa; huyen is refused (district level ended on 1/7/2025)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>trong đó: số hồ sơ tiếp nhận trực tuyến toàn trình (không bắt buộc)</source>
      <translation>of which: dossiers received online toàn trình (optional)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/oversight.py" />
      <source>trễ hạn</source>
      <translation>late</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/setup.py" />
      <source>tên cán bộ ghi vào nhật ký (mặc định: tài khoản máy)</source>
      <translation>staff name recorded in the audit log (default: the computer's account)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/setup.py" />
      <source>tên miền cổng tỉnh, ví dụ sonha.gov.vn</source>
      <translation>provincial portal domain, e.g. sonha.gov.vn</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/reports.py" />
      <source>tên đầy đủ chính thức của cơ quan ban hành (không viết tắt)</source>
      <translation>the issuing agency's official full name (not abbreviated)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/province.py" />
      <source>tên đợt, ví dụ «Rà soát DVCTT năm 2026»</source>
      <translation>round name, e.g. «Rà soát DVCTT năm 2026»</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/oversight.py" />
      <source>tình hình danh mục và nộp gói của các đơn vị</source>
      <translation>catalogue status and units' package submissions</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/keys.py" />
      <source>tạo khóa (hoặc khóa thay thế)</source>
      <translation>generate a key (or a replacement key)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/reports.py" />
      <source>tệp PDF cần ghi</source>
      <translation>PDF file to write</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>tệp PKCS#12 (.p12, .pfx)</source>
      <translation>a PKCS#12 file (.p12, .pfx)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>tổ chức ghi trong chứng thư số của từng đơn vị</source>
      <translation>the organisation each unit's certificates name</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>tổng hợp theo đơn vị (mặc định), cấp hoặc lĩnh vực</source>
      <translation>totals by unit (default), level or sector</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>tổng số hồ sơ tiếp nhận</source>
      <translation>total dossiers received</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/__init__.py" />
      <source>tự kiểm tra bản cài đặt trong một thư mục tạm (không đụng đến dữ liệu) rồi thoát</source>
      <translation>check this installation in a temporary folder (your data is not touched), then exit</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/province.py" />
      <source>văn bản yêu cầu: số, ngày (ví dụ 1234/UBND-KSTT ngày 01/12/2026)</source>
      <translation>the requesting letter: number, date (e.g. 1234/UBND-KSTT ngày 01/12/2026)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>xem chứng thư số đang dùng để ký</source>
      <translation>show the signing certificate</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/reports.py" />
      <source>xem hoặc đặt thông tin văn bản của báo cáo: số ký hiệu, tên cơ quan, kính gửi, nơi lưu, người ký</source>
      <translation>show or set the report's document details: number, agency name, recipient, filing, signer</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/oversight.py" />
      <source>xem xét phân loại của các đơn vị (tỉnh)</source>
      <translation>review the units' classifications (province)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/publication.py" />
      <source>xuất Danh mục (.xlsx, .pdf, .csv hoặc .json)</source>
      <translation>export the Danh mục (.xlsx, .pdf, .csv or .json)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/packages.py" />
      <source>xuất gói của đơn vị gửi tỉnh</source>
      <translation>export the unit's package for the province</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>xác nhận tổ chức trong chứng thư là của đơn vị</source>
      <translation>confirm that the organisation in the certificate is the unit's</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/publication.py" />
      <source>xã trả lời khác nhau: named (ghi tên xã ở Ghi chú, mặc định) hoặc refuse (từ chối)</source>
      <translation>communes answering differently: named (name the communes in the Notes, default) or refuse</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>xóa số liệu hồ sơ của một quý</source>
      <translation>delete a quarter's dossier figures</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/department.py" />
      <source>{code} {name}: {form} ({state}).</source>
      <translation>{code} {name}: {form} ({state}).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/department.py" />
      <source>{code} {name}: «{old}» → «{new}»</source>
      <translation>{code} {name}: «{old}» → «{new}»</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/department.py" />
      <source>{code}: không có gì thay đổi.</source>
      <translation>{code}: nothing changed.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/packages.py" />
      <source>{file}: TỪ CHỐI: {reason}</source>
      <translation>{file}: REJECTED: {reason}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>{file}: chữ ký «{field}»: {verdict}</source>
      <translation>{file}: signature «{field}»: {verdict}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>{file}: không có chữ ký số.</source>
      <translation>{file}: no digital signature.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/packages.py" />
      <source>{file}: {kind} số {sequence} của {sender}: thêm {added}, bỏ {removed}, đổi {changed}, trang web đổi {sites}.</source>
      <translation>{file}: {kind} no. {sequence} from {sender}: added {added}, removed {removed}, changed {changed}, websites changed {sites}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/packages.py" />
      <source>{file}: đã nhập trước đây, không thay đổi.</source>
      <translation>{file}: already imported, nothing changed.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/oversight.py" />
      <source>{name} ({code}), vai trò {role}, tỉnh {province}</source>
      <translation>{name} ({code}), role {role}, province {province}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/department.py" />
      <source>{n} phân loại cần phân loại lại theo Điều 14 Nghị định 224/2026. Áp dụng: dvc-desktop reclassify --apply</source>
      <translation>{n} classifications to reclassify under Decree 224/2026 Art. 14. To apply: dvc-desktop reclassify --apply</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/oversight.py" />
      <source>{n} vấn đề.</source>
      <translation>{n} problems.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/province.py" />
      <source>{n} đơn vị.</source>
      <translation>{n} units.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/department.py" />
      <source>«{item}» không đúng dạng TTHC=MÃ_LÝ_DO.</source>
      <translation>«{item}» is not of the form PROCEDURE=REASON_CODE.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/department.py" />
      <source>áp dụng đề xuất (mặc định: chỉ liệt kê)</source>
      <translation>apply the proposals (default: only list them)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/oversight.py" />
      <source>ý kiến gửi đơn vị (bắt buộc khi trả lại)</source>
      <translation>comment for the unit (required when returning)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/setup.py" />
      <source>Đã chuyển {rows} dòng của {tables} bảng lên máy chủ; số dòng và tổng kiểm từng bảng khớp. Tệp SQLite giữ nguyên.</source>
      <translation>Moved {rows} rows of {tables} tables onto the server; every table's row count and checksum match. The SQLite file is left as it was.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/setup.py" />
      <source>Đã chép {done}/{total} dòng…</source>
      <translation>Copied {done}/{total} rows…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/publication.py" />
      <source>Đã ghi Danh mục (phụ lục kèm quyết định, ngày báo cáo {day}) vào {path}: {full} thủ tục toàn trình, một phần; {none} thủ tục chưa trực tuyến (Phụ lục II).</source>
      <translation>Wrote the Danh mục (appendix to the decision, reporting date {day}) to {path}: {full} procedures toàn trình or một phần; {none} procedures chưa trực tuyến (Phụ lục II).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/publication.py" />
      <source>Đã ghi Danh mục vào {path}: {n} thủ tục (toàn trình {full}, một phần {partial}, chưa trực tuyến {none}, chưa phân loại {open}).</source>
      <translation>Wrote the Danh mục to {path}: {n} procedures (toàn trình {full}, một phần {partial}, chưa trực tuyến {none}, not classified {open}).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/reports.py" />
      <source>Đã ghi báo cáo vào {path}: {pages} trang, trong {seconds} giây.</source>
      <translation>Wrote the report to {path}: {pages} pages, in {seconds} seconds.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>Đã ghi chỉ tiêu vào {path}.</source>
      <translation>Wrote the indicators to {path}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/packages.py" />
      <source>Đã ghi gói {kind} số {sequence} ({records} bản ghi, {size} KB) vào {path}, ký bằng chứng thư số của «{holder}».</source>
      <translation>Wrote {kind} package no. {sequence} ({records} records, {size} KB) to {path}, signed with the certificate of «{holder}».</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/packages.py" />
      <source>Đã ghi gói {kind} số {sequence} ({records} bản ghi, {size} KB) vào {path}, ký bằng khóa {key} và chứng thư số của «{holder}».</source>
      <translation>Wrote {kind} package no. {sequence} ({records} records, {size} KB) to {path}, signed with key {key} and the certificate of «{holder}».</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/packages.py" />
      <source>Đã ghi gói {kind} số {sequence} ({records} bản ghi, {size} KB) vào {path}, ký bằng khóa {key}.</source>
      <translation>Wrote {kind} package no. {sequence} ({records} records, {size} KB) to {path}, signed with key {key}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/keys.py" />
      <source>Đã ghi khóa công khai vào {path}. Dấu vân tay: {fp}</source>
      <translation>Public key written to {path}. Fingerprint: {fp}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/catalog.py" />
      <source>Đã ghi nhận thủ tục {code}: {value} (CSDLQG).</source>
      <translation>Recorded procedure {code}: {value} (national database).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/province.py" />
      <source>Đã ghi nhận {code} giải thể; đơn vị này không còn phải nộp gói.</source>
      <translation>Recorded {code} as dissolved; this unit no longer has to submit packages.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/province.py" />
      <source>Đã ghi nhận {code} sáp nhập vào {successor}; đơn vị này không còn phải nộp gói.</source>
      <translation>Recorded {code} as merged into {successor}; this unit no longer has to submit packages.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/oversight.py" />
      <source>Đã ghi quyết định cho {n} phân loại của {unit}; biên nhận tiếp theo sẽ gửi cho đơn vị.</source>
      <translation>Decision recorded for {n} classifications of {unit}; the next receipt carries it to the unit.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/__init__.py" />
      <source>Đã giành lại khóa dữ liệu từ máy {host}.</source>
      <translation>Took over the data lock from {host}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/setup.py" />
      <source>Đã khôi phục kho dữ liệu từ {path}.</source>
      <translation>Restored the store from {path}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/setup.py" />
      <source>Đã khởi tạo: {name} ({code}), vai trò {role}, tỉnh {province}.</source>
      <translation>Initialised: {name} ({code}), role {role}, province {province}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>Đã ký số của cơ quan (PAdES {level}) vào {path}.</source>
      <translation>Added the agency's signature (PAdES {level}) to {path}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/province.py" />
      <source>Đã kết thúc đợt «{name}».</source>
      <translation>Closed the round «{name}».</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>Đã lưu số liệu hồ sơ kỳ {period}: tiếp nhận {total} (trực tuyến {online}, {share}); có phí, lệ phí, nghĩa vụ tài chính khác {fees} (thanh toán trực tuyến {paid}, {paid_share}).</source>
      <translation>Saved the dossier figures for {period}: received {total} (online {online}, {share}); with fees, charges or other financial obligations {fees} (paid online {paid}, {paid_share}).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/province.py" />
      <source>Đã mở đợt «{name}» ngày {opened}, hạn nộp {deadline}, ngày chốt số liệu {reporting}. Xuất gói tham chiếu (`reference export`) để gửi đợt này cho các đơn vị.</source>
      <translation>Opened the round «{name}» on {opened}, deadline {deadline}, reporting date {reporting}. Export the reference package (`reference export`) to send this round to the units.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>Đã nạp CRL của «{issuer}» ({n} chứng thư bị thu hồi, cập nhật {at}).</source>
      <translation>Loaded the CRL of «{issuer}» ({n} certificates revoked, updated {at}).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/setup.py" />
      <source>Đã nạp dữ liệu mẫu: {units} đơn vị, {sectors} lĩnh vực, {procedures} TTHC, {classifications} phân loại, {websites} trang thông tin điện tử.</source>
      <translation>Demo data loaded: {units} units, {sectors} sectors, {procedures} procedures, {classifications} classifications, {websites} websites.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/department.py" />
      <source>Đã phân loại lại {n} thủ tục theo Điều 14 Nghị định 224/2026.</source>
      <translation>Reclassified {n} procedures under Decree 224/2026 Art. 14.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/setup.py" />
      <source>Đã sao lưu vào {path}.</source>
      <translation>Backed up to {path}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/keys.py" />
      <source>Đã thu hồi khóa {key} của đơn vị {unit}.</source>
      <translation>Revoked key {key} of unit {unit}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/department.py" />
      <source>Đã thêm {code} vào danh mục của đơn vị.</source>
      <translation>Added {code} to the unit's catalogue.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/province.py" />
      <source>Đã thêm đơn vị {name} ({code}), {level}.</source>
      <translation>Added the unit {name} ({code}), {level}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>Đã thôi ký bằng chứng thư số; gói sẽ chỉ được ký bằng khóa minisign (nếu có).</source>
      <translation>Stopped signing with a certificate; packages will be signed with the minisign key only (if there is one).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>Đã thôi tin cậy CA «{subject}».</source>
      <translation>Stopped trusting CA «{subject}».</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>Đã tin cậy CA «{subject}» (SHA-256 {fp}).</source>
      <translation>Trusted CA «{subject}» (SHA-256 {fp}).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/keys.py" />
      <source>Đã tin cậy khóa {key} cho đơn vị {unit}.</source>
      <translation>Key {key} is now trusted for unit {unit}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/setup.py" />
      <source>Đã tạo khóa ký {key}. Dấu vân tay: {fp}</source>
      <translation>Signing key {key} created. Fingerprint: {fp}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/keys.py" />
      <source>Đã tạo khóa thay thế {new}; gói kế tiếp (ký bằng khóa hiện tại {old}) sẽ thông báo khóa mới.</source>
      <translation>Replacement key {new} created; the next package (signed with the current key {old}) will announce the new key.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/keys.py" />
      <source>Đã tạo khóa {key}. Dấu vân tay: {fp}</source>
      <translation>Key {key} created. Fingerprint: {fp}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>Đã xác nhận: chứng thư số của «{organisation}» ký cho đơn vị {unit}.</source>
      <translation>Confirmed: certificates of «{organisation}» sign for unit {unit}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>Đã xóa số liệu hồ sơ kỳ {period}.</source>
      <translation>Deleted the dossier figures for {period}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/setup.py" />
      <source>Đã đặt lại {n} tệp khóa từ bản sao lưu.</source>
      <translation>Put back {n} key files from the backup.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>ĐĐK</source>
      <translation>Elig</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/reports.py" />
      <source>Đơn vị soạn thảo (Lưu)</source>
      <translation>Drafting unit (Lưu)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/province.py" />
      <source>Đơn vị {code} nay tên là {name}.</source>
      <translation>Unit {code} is now called {name}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/oversight.py" />
      <source>Đợt rà soát: {name} (căn cứ: {basis})</source>
      <translation>Review round: {name} (basis: {basis})</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/province.py" />
      <source>Đợt «{name}»: hạn nộp {deadline}, ngày chốt số liệu {reporting}.</source>
      <translation>Round «{name}»: deadline {deadline}, reporting date {reporting}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/province.py" />
      <source>đang hoạt động</source>
      <translation>active</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/province.py" />
      <source>đang mở</source>
      <translation>open</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/department.py" />
      <source>đánh dấu sẵn sàng gửi tỉnh</source>
      <translation>mark ready to send to the province</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/province.py" />
      <source>đã giải thể</source>
      <translation>dissolved</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/province.py" />
      <source>đã giải thể, sáp nhập vào {code}</source>
      <translation>dissolved, merged into {code}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/province.py" />
      <source>đã kết thúc</source>
      <translation>closed</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/oversight.py" />
      <source>đúng hạn</source>
      <translation>on time</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>đơn vị</source>
      <translation>unit</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/reports.py" />
      <source>đơn vị soạn thảo, in ở «Lưu: VT, …»</source>
      <translation>drafting unit, printed in «Lưu: VT, …»</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/province.py" />
      <source>đơn vị tiếp nhận</source>
      <translation>receiving unit</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/department.py" />
      <source>đường dẫn công bố trên Cổng Dịch vụ công quốc gia</source>
      <translation>link to the publication on the National Public Service Portal</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/certificates.py" />
      <source>địa chỉ máy chủ; bỏ trống để xem</source>
      <translation>the server's address; leave out to show it</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/common.py" />
      <source>đọc mã PIN của token (chứng thư số) từ tệp (hoặc đặt biến DVC_TOKEN_PIN)</source>
      <translation>read the token's PIN (certificate) from a file (or set DVC_TOKEN_PIN)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/__init__.py" />
      <source>đọc mật khẩu khóa từ tệp (hoặc đặt biến DVC_KEY_PASSPHRASE)</source>
      <translation>read the key passphrase from a file (or set the DVC_KEY_PASSPHRASE variable)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/province.py" />
      <source>đổi hạn nộp của đợt đang mở</source>
      <translation>change the open round's deadline</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/province.py" />
      <source>đổi tên một đơn vị</source>
      <translation>rename a unit</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/province.py" />
      <source>đợt rà soát và hạn nộp (tỉnh)</source>
      <translation>review rounds and deadlines (province)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/catalog.py" />
      <source>đủ điều kiện toàn trình</source>
      <translation>eligible for toàn trình</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>ƯT</source>
      <translation>Est</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/catalog.py" />
      <source>Ở đơn vị: các dòng vào danh sách thủ tục của đơn vị; mã chưa có trong danh mục tham chiếu thành thủ tục riêng của đơn vị.</source>
      <translation>At a unit: rows join the unit's list of procedures; codes not in the reference catalogue become the unit's own procedures.</translation>
    </message>
  </context>
  <context>
    <name>codes</name>
    <message>
      <location filename="dvc_desktop/domain/codes.py" />
      <source>Mã TTHC</source>
      <translation>Procedure code</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/codes.py" />
      <source>Mã đơn vị «{value}» không hợp lệ: chỉ gồm chữ in, chữ số, dấu chấm, gạch ngang (tối đa 40 ký tự), ví dụ 000.00.31.H55.</source>
      <translation>Unit code “{value}” is invalid: use only capital letters, digits, dots and hyphens (at most 40 characters), e.g. 000.00.31.H55.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/codes.py" />
      <source>{field} «{value}» không đúng dạng: cần mã quốc gia (1.000010), mã trường hợp (2.000815.01), mã tại địa phương (2.000884.000.00.00.H55) hoặc mã trường hợp tại địa phương (2.000815.000.00.00.H55.02).</source>
      <translation>{field} «{value}» is malformed: expected a national code (1.000010), a case code (2.000815.01), a local code (2.000884.000.00.00.H55) or a local case code (2.000815.000.00.00.H55.02).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/codes.py" />
      <source>{field} đang để trống.</source>
      <translation>{field} is empty.</translation>
    </message>
  </context>
  <context>
    <name>consolidation</name>
    <message>
      <location filename="dvc_desktop/services/consolidation.py" />
      <source>Chỉ Văn phòng UBND tỉnh xem được danh mục tổng hợp.</source>
      <translation>Only the provincial office can see the consolidated catalogue.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/consolidation.py" />
      <source>Không còn phân loại này (có thể đơn vị đã gửi gói mới).</source>
      <translation>This classification is gone (the unit may have sent a new package).</translation>
    </message>
  </context>
  <context>
    <name>dashboard</name>
    <message>
      <location filename="dvc_desktop/gui/units_dashboard.py" />
      <source>Hiển thị {shown}/{total} · trễ hạn {late} · chưa nộp {never} · chờ xem xét {changed}</source>
      <translation>Showing {shown}/{total} · late {late} · not submitted {never} · to review {changed}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/units_dashboard.py" />
      <source>Mọi cấp</source>
      <translation>All levels</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/units_dashboard.py" />
      <source>Mọi tình trạng</source>
      <translation>All states</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/units_dashboard.py" />
      <source>Nộp trễ hạn</source>
      <translation>Submitted late</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/units_dashboard.py" />
      <source>{state} (→ {code})</source>
      <translation>{state} (→ {code})</translation>
    </message>
  </context>
  <context>
    <name>demo</name>
    <message>
      <location filename="dvc_desktop/demo/province.py" />
      <source>Dữ liệu mẫu của tỉnh chỉ nạp được vào kho dữ liệu là tệp trên máy.</source>
      <translation>The province demo can only be loaded into a store that is a file on this computer.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/demo/build.py" />
      <source>Kho dữ liệu đã có danh mục TTHC; dữ liệu mẫu chỉ nạp vào kho trống.</source>
      <translation>The data store already has a procedure catalogue; demo data is only loaded into an empty store.</translation>
    </message>
  </context>
  <context>
    <name>editor</name>
    <message>
      <location filename="dvc_desktop/gui/editor.py" />
      <source> (mức độ {level} cũ)</source>
      <translation> (former level {level})</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/editor.py" />
      <source> (nếu có)</source>
      <translation> (if any)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/editor.py" />
      <source>Chưa lưu: </source>
      <translation>Not saved: </translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/editor.py" />
      <source>Chọn một thủ tục trong danh sách</source>
      <translation>Select a procedure from the list</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/editor.py" />
      <source>Cần xem lại: </source>
      <translation>Needs attention: </translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/editor.py" />
      <source>Cần xem lại: hình thức khác với gợi ý của bảng kiểm (đã có ghi chú).</source>
      <translation>Needs attention: the form differs from the checklist suggestion (a note is given).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/editor.py" />
      <source>Gợi ý theo bảng kiểm: {form}</source>
      <translation>Checklist suggestion: {form}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/editor.py" />
      <source>Không</source>
      <translation>None</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/editor.py" />
      <source>Lưu theo: {rules}</source>
      <translation>Saved under: {rules}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/editor.py" />
      <source>Mức {level}</source>
      <translation>Level {level}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/editor.py" />
      <source>Trạng thái: {status}</source>
      <translation>Status: {status}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/editor.py" />
      <source>Tỉnh trả lại: {comment}</source>
      <translation>Returned by the province: {comment}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/editor.py" />
      <source>Tỉnh đã chấp nhận.</source>
      <translation>Accepted by the province.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/editor.py" />
      <source>chưa đủ câu trả lời</source>
      <translation>not all questions answered</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/editor.py" />
      <source>{reason} (theo {rules}: cần phân loại lại)</source>
      <translation>{reason} (under {rules}: to reclassify)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/editor.py" />
      <source>— chọn lý do —</source>
      <translation>— choose a reason —</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/editor.py" />
      <source>• {name}: {originals} bản chính, {copies} bản sao{required}</source>
      <translation>• {name}: {originals} original(s), {copies} copy(ies){required}</translation>
    </message>
  </context>
  <context>
    <name>eligibility</name>
    <message>
      <location filename="dvc_desktop/gui/eligibility.py" />
      <source>&amp;Có: đủ điều kiện toàn trình</source>
      <translation>&amp;Yes: eligible for full online</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/eligibility.py" />
      <source>&amp;Không đủ điều kiện</source>
      <translation>&amp;Not eligible</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/eligibility.py" />
      <source>C&amp;hưa rõ (chưa tra CSDLQG)</source>
      <translation>Not &amp;known (national database not checked)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/eligibility.py" />
      <source>Thủ tục {code} — {name}.
Ghi đúng như Cơ sở dữ liệu quốc gia về thủ tục hành chính đánh dấu; tỷ lệ toàn trình / đủ điều kiện (Quyết định 766/QĐ-TTg) tính trên các thủ tục «Có».</source>
      <translation>Procedure {code} — {name}.
Record exactly what the national database of administrative procedures marks; the full online / eligible ratio (Decision 766/QĐ-TTg) is computed over the procedures marked «Yes».</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/eligibility.py" />
      <source>Đủ điều kiện toàn trình (CSDLQG)</source>
      <translation>Eligible for full online (national database)</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <location filename="dvc_desktop/gui/errors.py" />
      <source>Chi tiết đã được ghi vào {path}.</source>
      <translation>Details have been written to {path}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/errors.py" />
      <source>DVC Desktop</source>
      <translation>DVC Desktop</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/errors.py" />
      <source>Đã xảy ra lỗi không mong đợi: {error}</source>
      <translation>An unexpected error occurred: {error}</translation>
    </message>
  </context>
  <context>
    <name>excel</name>
    <message>
      <location filename="dvc_desktop/excel/classification_reader.py" />
      <source>Chưa ghi hình thức cung cấp cho mã {code} (cần “Toàn trình”, “Một phần”, “Chưa trực tuyến” hoặc mức độ 1–4).</source>
      <translation>No form of provision given for code {code} (expected “Toàn trình”, “Một phần”, “Chưa trực tuyến” or level 1–4).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/excel/units_reader.py" />
      <source>Cấp «{value}» của mã {code} không rõ: cần “Cấp tỉnh” hoặc “Cấp xã”.</source>
      <translation>Level “{value}” of code {code} is unclear: expected “Cấp tỉnh” or “Cấp xã”.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/excel/table.py" />
      <source>Cột {column}</source>
      <translation>Column {column}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/excel/table.py" />
      <source>Cột {column} («{header}»)</source>
      <translation>Column {column} (“{header}”)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/excel/classification_reader.py" />
      <source>Dòng có nội dung phân loại nhưng thiếu mã TTHC.</source>
      <translation>The row has classification content but no procedure code.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/excel/catalog_reader.py" />
      <source>Giá trị «{value}» không hiểu được: ghi Có, Không hoặc để trống.</source>
      <translation>Value «{value}» not understood: write Có, Không or leave it empty.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/excel/safety.py" />
      <source>Không mở được tệp {name}: {error}</source>
      <translation>Could not open the file {name}: {error}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/excel/classification_reader.py" />
      <source>Không tìm thấy dòng tiêu đề có cột “Mã TTHC” và cột hình thức (“Hình thức DVCTT”, “Toàn trình/Một phần” hoặc “Mức độ DVCTT”) trong {rows} dòng đầu của tệp {name}.</source>
      <translation>No header row with a “Mã TTHC” column and a form column (“Hình thức DVCTT”, “Toàn trình/Một phần” or “Mức độ DVCTT”) was found in the first {rows} rows of the file {name}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/excel/catalog_reader.py" />
      <source>Không tìm thấy dòng tiêu đề có cột “Mã TTHC” và “Tên TTHC” trong {rows} dòng đầu của tệp {name}.</source>
      <translation>No header row with the columns “Mã TTHC” and “Tên TTHC” was found in the first {rows} rows of the file {name}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/excel/units_reader.py" />
      <source>Không tìm thấy dòng tiêu đề có cột “Tên cơ quan, đơn vị” (hoặc “Tên đơn vị”) và “Mã định danh” (hoặc “Mã định danh điện tử”, “Mã đơn vị”) trong {rows} dòng đầu của tệp {name}.</source>
      <translation>No header row with the columns “Tên cơ quan, đơn vị” (or “Tên đơn vị”) and “Mã định danh” (or “Mã định danh điện tử”, “Mã đơn vị”) was found in the first {rows} rows of the file {name}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/excel/units_reader.py" />
      <source>Không xác định được cấp của đơn vị {code} «{name}»: không có cột “Cấp”, tên không bắt đầu bằng “UBND xã/phường/đặc khu” và không có dòng mục như “I. CÁC CƠ QUAN CHUYÊN MÔN THUỘC UBND TỈNH” phía trên.</source>
      <translation>Could not determine the level of unit {code} “{name}”: there is no “Cấp” column, the name does not start with “UBND xã/phường/đặc khu” and there is no section row such as “I. CÁC CƠ QUAN CHUYÊN MÔN THUỘC UBND TỈNH” above it.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/excel/catalog_reader.py" />
      <source>Không xác định được cấp thực hiện của mã {code} (không có cột “Cấp thực hiện” hay dòng mục như “A. CẤP TỈNH”).</source>
      <translation>Could not determine the executing level of code {code} (no “Cấp thực hiện” column or section row such as “A. CẤP TỈNH”).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/excel/classification_reader.py" />
      <source>Không đọc được hình thức «{value}» của mã {code}: cần “Toàn trình”, “Một phần”, “Chưa trực tuyến” hoặc mức độ 1–4.</source>
      <translation>Could not read the form “{value}” of code {code}: expected “Toàn trình”, “Một phần”, “Chưa trực tuyến” or level 1–4.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/excel/classification_reader.py" />
      <source>Mã TTHC đang để trống (thủ tục «{name}»).</source>
      <translation>The procedure code is empty (procedure “{name}”).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/excel/units_reader.py" />
      <source>Mã {code} mang hai tên khác nhau: «{name}» ở dòng này và «{other}» ở dòng {rows}. Hãy sửa cho thống nhất.</source>
      <translation>Code {code} has two different names: “{name}” in this row and “{other}” in row {rows}. Make them consistent.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/excel/catalog_reader.py" />
      <source>Thiếu tên TTHC cho mã {code}.</source>
      <translation>The procedure name is missing for code {code}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/excel/units_reader.py" />
      <source>Thiếu tên cơ quan, đơn vị cho mã {code}.</source>
      <translation>The agency or unit name is missing for code {code}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/excel/classification_reader.py" />
      <source>Trùng mã {code} với dòng {row}.</source>
      <translation>Code {code} duplicates row {row}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/excel/safety.py" />
      <source>Tệp {name} bị hỏng (không đọc được nội dung nén).</source>
      <translation>The file {name} is damaged (its compressed content cannot be read).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/excel/safety.py" />
      <source>Tệp {name} bị hỏng hoặc không đúng định dạng .xlsx ({error}).</source>
      <translation>The file {name} is damaged or not in .xlsx format ({error}).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/excel/safety.py" />
      <source>Tệp {name} bị hỏng: nội dung XML không hợp lệ.</source>
      <translation>The file {name} is damaged: invalid XML content.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/excel/safety.py" />
      <source>Tệp {name} chứa khai báo XML nguy hiểm (thực thể/DTD, kiểu “XML bomb”); đã từ chối.</source>
      <translation>The file {name} contains dangerous XML declarations (entities/DTD, an “XML bomb”); rejected.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/excel/safety.py" />
      <source>Tệp {name} chứa tên thành phần không hợp lệ hoặc trùng lặp.</source>
      <translation>The file {name} contains invalid or duplicate part names.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/excel/safety.py" />
      <source>Tệp {name} có dấu hiệu bom nén (dung lượng giải nén bất thường); đã từ chối mà không giải nén.</source>
      <translation>The file {name} looks like a zip bomb (abnormal uncompressed size); rejected without extracting it.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/excel/table.py" />
      <source>Tệp {name} có quá nhiều dòng (tối đa {limit}).</source>
      <translation>The file {name} has too many rows (at most {limit}).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/excel/safety.py" />
      <source>Tệp {name} không phải sổ tính Excel (.xlsx).</source>
      <translation>The file {name} is not an Excel workbook (.xlsx).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/excel/safety.py" />
      <source>Tệp {name} không phải sổ tính Excel (.xlsx): thiếu xl/workbook.xml.</source>
      <translation>The file {name} is not an Excel workbook (.xlsx): xl/workbook.xml is missing.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/excel/safety.py" />
      <source>Tệp {name} quá lớn ({size} MB, tối đa {limit} MB).</source>
      <translation>The file {name} is too large ({size} MB, at most {limit} MB).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/excel/safety.py" />
      <source>Tệp {name} được đặt mật khẩu hoặc là định dạng .xls cũ. Hãy mở bằng Excel, bỏ mật khẩu và lưu lại dưới dạng .xlsx.</source>
      <translation>The file {name} is password-protected or in the old .xls format. Open it in Excel, remove the password and save it again as .xlsx.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/excel/units_reader.py" />
      <source>Đơn vị {code} thuộc cấp huyện: cấp huyện chấm dứt hoạt động từ 1/7/2025 (Luật số 72/2025/QH15), không thêm đơn vị cấp huyện mới.</source>
      <translation>Unit {code} is at district level: the district level ceased on 1/7/2025 (Law 72/2025/QH15); no new district units are added.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/excel/units_reader.py" />
      <source>Đơn vị «{name}» chưa có mã định danh.</source>
      <translation>Unit “{name}” has no identifier.</translation>
    </message>
  </context>
  <context>
    <name>excel_import</name>
    <message>
      <location filename="dvc_desktop/gui/excel_import_preview.py" />
      <source>Chưa có gì thay đổi: bấm Áp dụng để nhập, Hủy để bỏ qua.</source>
      <translation>Nothing has changed yet: click Apply to import, or Cancel to skip.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/excel_import_preview.py" />
      <source>Các dòng bị từ &amp;chối ({n}) — sửa trong tệp Excel rồi nhập lại:</source>
      <translation>&amp;Rejected rows ({n}) — fix them in the Excel file and import again:</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/excel_import_preview.py" />
      <source>Các dòng sẽ &amp;thêm hoặc cập nhật ({n}):</source>
      <translation>Rows to be added or &amp;updated ({n}):</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/excel_import_preview.py" />
      <source>Các thủ tục vào danh sách của đơn vị; mã chưa có trong danh mục tham chiếu thành thủ tục riêng của đơn vị. Dữ liệu tham chiếu do tỉnh gửi không bị thay đổi.</source>
      <translation>The procedures join the unit's list; codes not in the reference catalogue become the unit's own procedures. The reference data the province sent is not changed.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/excel_import_preview.py" />
      <source>Cơ quan thực hiện chưa &amp;khớp đơn vị nào ({n}) — thêm đơn vị đó vào danh sách hoặc sửa tên cơ quan trong danh mục:</source>
      <translation>Executing agencies &amp;matching no unit ({n}) — add that unit to the list or correct the agency name in the catalogue:</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/excel_import_preview.py" />
      <source>Cơ quan thực hiện nào trong danh mục cũng đã khớp một đơn vị.</source>
      <translation>Every executing agency in the catalogue matches a unit.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/excel_import_preview.py" />
      <source>Cập nhật</source>
      <translation>Updated</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/excel_import_preview.py" />
      <source>Cập nhật thủ tục riêng</source>
      <translation>Update own procedure</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/excel_import_preview.py" />
      <source>Dòng Excel</source>
      <translation>Excel row</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/excel_import_preview.py" />
      <source>Dòng {row}: {reason}</source>
      <translation>Row {row}: {reason}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/excel_import_preview.py" />
      <source>Không có dòng nào bị từ chối.</source>
      <translation>No rows were rejected.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/excel_import_preview.py" />
      <source>Không có dòng nào để nhập; dữ liệu không thay đổi.</source>
      <translation>No row to import; the data is unchanged.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/excel_import_preview.py" />
      <source>Mã TTHC</source>
      <translation>Procedure code</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/excel_import_preview.py" />
      <source>Mã định danh</source>
      <translation>Identifier</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/excel_import_preview.py" />
      <source>Sẽ thêm {added}, cập nhật {updated}; {unchanged} dòng không đổi; {rejected} dòng bị từ chối.</source>
      <translation>Will add {added} and update {updated}; {unchanged} rows unchanged; {rejected} rows rejected.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/excel_import_preview.py" />
      <source>Sổ tính Excel (*.xlsx *.xlsm)</source>
      <translation>Excel workbooks (*.xlsx *.xlsm)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/excel_import_preview.py" />
      <source>Thay đổi</source>
      <translation>Change</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/excel_import_preview.py" />
      <source>Thêm</source>
      <translation>Added</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/excel_import_preview.py" />
      <source>Thêm vào danh sách của đơn vị</source>
      <translation>Add to the unit's list</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/excel_import_preview.py" />
      <source>Trước đây</source>
      <translation>Previously</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/excel_import_preview.py" />
      <source>Tên đơn vị</source>
      <translation>Unit name</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/excel_import_preview.py" />
      <source>Tệp {file}, trang «{sheet}», dòng tiêu đề {row}.</source>
      <translation>File {file}, sheet “{sheet}”, header row {row}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/excel_import_preview.py" />
      <source>Xem trước danh mục TTHC</source>
      <translation>Procedure catalogue preview</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/excel_import_preview.py" />
      <source>Xem trước danh sách đơn vị</source>
      <translation>Units list preview</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/excel_import_preview.py" />
      <source>{change} — cần cập nhật cấp thực hiện</source>
      <translation>{change} — executing level to update</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/excel_import_preview.py" />
      <source>{change} — giữ dữ liệu tham chiếu của tỉnh</source>
      <translation>{change} — the province's reference data kept</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/excel_import_preview.py" />
      <source>{n} thủ tục ghi cấp huyện (không còn từ 01/7/2025): sẽ được đánh dấu «cần cập nhật cấp thực hiện».</source>
      <translation>{n} procedures at district level (abolished on 01/07/2025): they will be flagged «executing level to update».</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/excel_import_preview.py" />
      <source>{n} thủ tục trong tệp ghi khác danh mục tham chiếu của tỉnh: giữ nguyên dữ liệu của tỉnh.</source>
      <translation>{n} procedures in the file differ from the province's reference catalogue: the province's data is kept.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/excel_import_preview.py" />
      <source>Á&amp;p dụng</source>
      <translation>&amp;Apply</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/excel_import_preview.py" />
      <source>Đang nhập {name}…</source>
      <translation>Importing {name}…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/excel_import_preview.py" />
      <source>Đang đọc {name}…</source>
      <translation>Reading {name}…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/excel_import_preview.py" />
      <source>Đã hủy; không có gì thay đổi.</source>
      <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/excel_import_preview.py" />
      <source>Đã nhập</source>
      <translation>Imported</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/excel_import_preview.py" />
      <source>Đã nhập {name}: thêm {added}, cập nhật {updated}, không đổi {unchanged}, từ chối {rejected} dòng.</source>
      <translation>Imported {name}: added {added}, updated {updated}, unchanged {unchanged}, rejected {rejected} rows.</translation>
    </message>
  </context>
  <context>
    <name>export</name>
    <message>
      <location filename="dvc_desktop/services/errors.py" />
      <source>Không ghi vào {path}: đó là {what} của DVC Desktop; ghi vào đó sẽ làm mất dữ liệu. Hãy chọn một tệp ở nơi khác.</source>
      <translation>Not writing to {path}: it is DVC Desktop's {what}; writing there would destroy data. Choose a file elsewhere.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/errors.py" />
      <source>Không ghi được tệp {name}: tệp đang mở trong Excel (hoặc chương trình khác), hoặc thư mục không cho phép ghi. Hãy đóng tệp rồi làm lại; tệp cũ vẫn nguyên vẹn.</source>
      <translation>Could not write {name}: the file is open in Excel (or another program), or the folder cannot be written to. Close the file and try again; the old file is unchanged.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/errors.py" />
      <source>Tệp {name} ghi ra không trọn vẹn (ổ đĩa đầy hoặc lỗi ghi): đã bỏ bản hỏng, tệp cũ vẫn nguyên vẹn. Hãy giải phóng dung lượng rồi làm lại.</source>
      <translation>{name} was not written whole (a full disk or a write error): the broken copy was dropped and the earlier file is intact. Free some space and try again.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/errors.py" />
      <source>Tệp {path} đã có và không phải tệp {suffix}: không ghi đè. Hãy chọn tên khác.</source>
      <translation>{path} exists and is not a {suffix} file: not overwritten. Choose another name.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/errors.py" />
      <source>Tệp {path} đã có. Thêm --overwrite để thay nó (tệp cũ chỉ bị thay khi tệp mới đã ghi trọn vẹn), hoặc chọn tên khác.</source>
      <translation>{path} exists. Add --overwrite to replace it (the old file is replaced only once the new one is written whole), or choose another name.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/errors.py" />
      <source>{path} là một thư mục: hãy ghi rõ tên tệp.</source>
      <translation>{path} is a folder: name the file.</translation>
    </message>
  </context>
  <context>
    <name>figures</name>
    <message>
      <location filename="dvc_desktop/gui/dossier_figures_panel.py" />
      <source> (không bắt buộc)</source>
      <translation> (optional)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/dossier_figures_panel.py" />
      <source>&amp;Kỳ báo cáo:</source>
      <translation>&amp;Reporting period:</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/dossier_figures_panel.py" />
      <source>&amp;Lưu số liệu</source>
      <translation>&amp;Save figures</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/dossier_figures_panel.py" />
      <source>&amp;Xóa số liệu của kỳ</source>
      <translation>&amp;Delete the period's figures</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/dossier_figures_panel.py" />
      <source>Không bắt buộc; để «—» nếu đơn vị không thống kê số này.</source>
      <translation>Optional; leave «—» if the unit does not count this.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/dossier_figures_panel.py" />
      <source>Kỳ</source>
      <translation>Period</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/dossier_figures_panel.py" />
      <source>Số liệu hồ sơ đã nhập theo quý</source>
      <translation>Dossier figures entered per quarter</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/dossier_figures_panel.py" />
      <source>Số liệu theo quý gửi tỉnh cùng gói tiếp theo; số liệu năm là tổng các quý. Tỷ lệ trực tuyến = hồ sơ nhận trực tuyến / hồ sơ tiếp nhận; tỷ lệ thanh toán trực tuyến = hồ sơ thanh toán trực tuyến / hồ sơ có phí, lệ phí.</source>
      <translation>Quarterly figures go to the province with the next package; a year is the sum of its quarters. Online share = dossiers received online / dossiers received; online payment share = dossiers paid online / dossiers with fees.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/dossier_figures_panel.py" />
      <source>Trực tuyến: {online} · thanh toán trực tuyến: {paid} · trực tuyến toàn trình: {full} · xử lý trực tuyến: {processed} · toàn trình / đủ điều kiện: {eligible}</source>
      <translation>Online: {online} · paid online: {paid} · full online: {full} · processed online: {processed} · full online / eligible: {eligible}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/dossier_figures_panel.py" />
      <source>Tỷ lệ thanh toán trực tuyến</source>
      <translation>Share paid online</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/dossier_figures_panel.py" />
      <source>Tỷ lệ trực tuyến</source>
      <translation>Share online</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/dossier_figures_panel.py" />
      <source>Tỷ lệ trực tuyến toàn trình</source>
      <translation>Full online share</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/dossier_figures_panel.py" />
      <source>Tỷ lệ trực tuyến toàn trình / hồ sơ của TTHC đủ điều kiện</source>
      <translation>Full online share of dossiers of eligible procedures</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/dossier_figures_panel.py" />
      <source>Tỷ lệ xử lý trực tuyến</source>
      <translation>Processed online share</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/dossier_figures_panel.py" />
      <source>Đã lưu số liệu kỳ {period}; số liệu sẽ gửi tỉnh cùng gói tiếp theo.</source>
      <translation>Saved the figures for {period}; they go to the province with the next package.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/dossier_figures_panel.py" />
      <source>Đã xóa số liệu kỳ {period}.</source>
      <translation>Deleted the figures for {period}.</translation>
    </message>
  </context>
  <context>
    <name>fonts</name>
    <message>
      <location filename="dvc_desktop/reports/fonts.py" />
      <source>Máy này không có phông Times New Roman đủ chữ tiếng Việt: báo cáo được in bằng phông {font} (cùng kích thước chữ), không phải phông Nghị định 30/2020/NĐ-CP quy định cho văn bản hành chính. Hãy in hoặc xuất PDF trên máy có Times New Roman (mọi máy Windows) trước khi trình ký.</source>
      <translation>This computer has no Times New Roman with every Vietnamese letter: the report is set in {font} (same metrics), not the typeface Decree 30/2020/ND-CP mandates for official documents. Print or save the PDF on a computer with Times New Roman (every Windows computer) before it is signed.</translation>
    </message>
  </context>
  <context>
    <name>help</name>
    <message>
      <location filename="dvc_desktop/gui/help_menu.py" />
      <source>&amp;Giới thiệu DVC Desktop</source>
      <translation>&amp;About DVC Desktop</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/help_menu.py" />
      <source>&amp;Hướng dẫn sử dụng</source>
      <translation>&amp;User guide</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/help_menu.py" />
      <source>&amp;Phím tắt</source>
      <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/help_menu.py" />
      <source>DVC Desktop {version}
Rà soát, phân loại và công bố danh mục dịch vụ công trực tuyến toàn trình, một phần (Nghị định 42/2022/NĐ-CP, Nghị định 224/2026/NĐ-CP).
Giấy phép: MIT.

Thư mục dữ liệu: {data}
Thư mục nhật ký: {logs}
Qt {qt}</source>
      <translation>DVC Desktop {version}
Review, classify and publish the catalogue of full and partial online public services (Decree 42/2022/NĐ-CP, Decree 224/2026/NĐ-CP).
Licence: MIT.

Data folder: {data}
Log folder: {logs}
Qt {qt}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/help_menu.py" />
      <source>Giới thiệu DVC Desktop</source>
      <translation>About DVC Desktop</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/help_menu.py" />
      <source>Hướng dẫn sử dụng DVC Desktop</source>
      <translation>DVC Desktop user guide</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/help_menu.py" />
      <source>Phím</source>
      <translation>Keys</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/help_menu.py" />
      <source>Phím tắt</source>
      <translation>Keyboard shortcuts</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/help_menu.py" />
      <source>Trợ giú&amp;p</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/help_menu.py" />
      <source>Việc</source>
      <translation>Action</translation>
    </message>
  </context>
  <context>
    <name>history</name>
    <message>
      <location filename="dvc_desktop/gui/dialogs.py" />
      <source> · sẵn sàng</source>
      <translation> · ready</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/dialogs.py" />
      <source>Chưa có thay đổi nào được ghi lại.</source>
      <translation>No change recorded yet.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/dialogs.py" />
      <source>Khôi phục</source>
      <translation>Restored</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/dialogs.py" />
      <source>Khởi tạo</source>
      <translation>Initialised</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/dialogs.py" />
      <source>Phân loại</source>
      <translation>Classified</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/dialogs.py" />
      <source>Sửa nội dung</source>
      <translation>Edited content</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/dialogs.py" />
      <source>Thêm vào danh mục</source>
      <translation>Added to catalogue</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/dialogs.py" />
      <source>Tạo thủ tục riêng</source>
      <translation>Created own procedure</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/dialogs.py" />
      <source>Xóa khỏi danh mục</source>
      <translation>Removed from catalogue</translation>
    </message>
  </context>
  <context>
    <name>indicators</name>
    <message>
      <location filename="dvc_desktop/services/indicators.py" />
      <source>(Chưa xác định lĩnh vực)</source>
      <translation>(No sector)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/dossier_figures.py" />
      <source>Chưa có số liệu hồ sơ của kỳ {period}.</source>
      <translation>There are no dossier figures for {period}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/indicators.py" />
      <source>Chưa phân loại</source>
      <translation>Not classified</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/indicators.py" />
      <source>Chưa rõ điều kiện (CSDLQG)</source>
      <translation>Eligibility unknown (national database)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/indicators.py" />
      <source>Chưa trực tuyến</source>
      <translation>Not online</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/indicators.py" />
      <source>Chỉ tiêu</source>
      <translation>Indicators</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/indicators.py" />
      <source>Chỉ tổng hợp được theo đơn vị, cấp hoặc lĩnh vực (unit, level, sector), không phải «{by}».</source>
      <translation>Indicators can be grouped by unit, level or sector (unit, level, sector), not «{by}».</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/indicators.py" />
      <source>Chỉ xuất được .csv hoặc .xlsx, không phải «{suffix}».</source>
      <translation>Only .csv or .xlsx can be exported, not «{suffix}».</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/indicators.py" />
      <source>Chủ động mức {level}</source>
      <translation>Proactive level {level}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/indicators.py" />
      <source>Các quý có số liệu</source>
      <translation>Quarters with figures</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/indicators.py" />
      <source>Cấp</source>
      <translation>Level</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/indicators.py" />
      <source>Hồ sơ có phí, lệ phí, nghĩa vụ tài chính khác</source>
      <translation>Dossiers with fees, charges or other financial obligations</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/indicators.py" />
      <source>Hồ sơ của TTHC đủ điều kiện (CSDLQG)</source>
      <translation>Dossiers of eligible procedures (national database)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/indicators.py" />
      <source>Hồ sơ tiếp nhận</source>
      <translation>Dossiers received</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/indicators.py" />
      <source>Kỳ báo cáo</source>
      <translation>Reporting period</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/indicators.py" />
      <source>Kỳ báo cáo «{value}» không đúng dạng: ghi năm và quý như 2026-Q3, hoặc chỉ năm như 2026.</source>
      <translation>Reporting period «{value}» is not valid: write the year and quarter as 2026-Q3, or just the year as 2026.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/indicators.py" />
      <source>Kỳ {period} chưa bắt đầu (hôm nay là {today}).</source>
      <translation>Period {period} has not begun yet (today is {today}).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/indicators.py" />
      <source>Lĩnh vực</source>
      <translation>Sector</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/indicators.py" />
      <source>Mã</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/indicators.py" />
      <source>Một phần</source>
      <translation>Partial</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/indicators.py" />
      <source>Nhập cả {whole} khi nhập «{part}».</source>
      <translation>Enter {whole} as well when entering «{part}».</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/indicators.py" />
      <source>Năm {year} của kỳ báo cáo nằm ngoài khoảng {first}–{last}.</source>
      <translation>The reporting period's year {year} is outside {first}–{last}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/cli/indicators.py" />
      <source>Nộp phí trực tuyến</source>
      <translation>Fees paid online</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/indicators.py" />
      <source>Số TTHC</source>
      <translation>Procedures</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/indicators.py" />
      <source>Số hồ sơ có phí, lệ phí, nghĩa vụ tài chính khác</source>
      <translation>Dossiers with fees, charges or other financial obligations</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/indicators.py" />
      <source>Số hồ sơ của TTHC đủ điều kiện toàn trình (CSDLQG)</source>
      <translation>Dossiers of procedures eligible for full online (national database)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/indicators.py" />
      <source>Số hồ sơ thanh toán trực tuyến</source>
      <translation>Dossiers paid online</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/indicators.py" />
      <source>Số hồ sơ tiếp nhận trực tuyến</source>
      <translation>Dossiers received online</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/indicators.py" />
      <source>Số hồ sơ tiếp nhận trực tuyến toàn trình</source>
      <translation>Dossiers received through a full online service</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/indicators.py" />
      <source>Số hồ sơ xử lý trực tuyến</source>
      <translation>Dossiers processed online</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/indicators.py" />
      <source>Số liệu hồ sơ chỉ tổng hợp được theo đơn vị hoặc cấp (unit, level).</source>
      <translation>Dossier figures can only be grouped by unit or level (unit, level).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/indicators.py" />
      <source>Số liệu hồ sơ nhập theo quý (ví dụ {year}-Q1); số liệu năm {year} là tổng các quý.</source>
      <translation>Dossier figures are entered per quarter (e.g. {year}-Q1); the figures for {year} are the sum of its quarters.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/indicators.py" />
      <source>Thanh toán trực tuyến</source>
      <translation>Paid online</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/indicators.py" />
      <source>Tiếp nhận trực tuyến</source>
      <translation>Received online</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/indicators.py" />
      <source>Tiếp nhận trực tuyến toàn trình</source>
      <translation>Received full online</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/indicators.py" />
      <source>Toàn trình</source>
      <translation>Full online</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/indicators.py" />
      <source>Toàn trình trong số đủ điều kiện</source>
      <translation>Full online among the eligible</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/indicators.py" />
      <source>Trong đó trực tuyến toàn trình</source>
      <translation>Of which full online</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/indicators.py" />
      <source>Trong đó: tiếp nhận trực tuyến toàn trình</source>
      <translation>Of which: received full online</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/indicators.py" />
      <source>Tổng cộng</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/indicators.py" />
      <source>Tổng số hồ sơ tiếp nhận</source>
      <translation>Dossiers received</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/indicators.py" />
      <source>Tỷ lệ hồ sơ trực tuyến toàn trình / hồ sơ của TTHC đủ điều kiện</source>
      <translation>Full online dossiers / dossiers of eligible procedures</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/indicators.py" />
      <source>Tỷ lệ thanh toán trực tuyến / hồ sơ có phí, lệ phí, nghĩa vụ tài chính khác</source>
      <translation>Paid online / dossiers with fees, charges or other financial obligations</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/indicators.py" />
      <source>Tỷ lệ tiếp nhận trực tuyến</source>
      <translation>Share received online</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/indicators.py" />
      <source>Tỷ lệ tiếp nhận trực tuyến toàn trình</source>
      <translation>Received full online share</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/indicators.py" />
      <source>Tỷ lệ toàn trình / số TTHC</source>
      <translation>Full online / procedures</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/indicators.py" />
      <source>Tỷ lệ toàn trình / trực tuyến (cách hiểu của phần mềm về điểm a khoản 2 Điều 19 Nghị định 224/2026)</source>
      <translation>Full online / online (the software's reading of Decree 224/2026, Art. 19.2.a)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/indicators.py" />
      <source>Tỷ lệ toàn trình / đủ điều kiện (CSDLQG, Quyết định 766/QĐ-TTg)</source>
      <translation>Full online / eligible (national database, Decision 766/QĐ-TTg)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/indicators.py" />
      <source>Tỷ lệ toàn trình / đủ điều kiện (ước tính theo lý do)</source>
      <translation>Full online / eligible (estimate from the reasons)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/indicators.py" />
      <source>Tỷ lệ xử lý trực tuyến</source>
      <translation>Processed online share</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/indicators.py" />
      <source>Xử lý trực tuyến</source>
      <translation>Processed online</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/indicators.py" />
      <source>{field} phải là số nguyên không âm (đang là «{value}»).</source>
      <translation>{field} must be a whole number, 0 or more (it is «{value}»).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/indicators.py" />
      <source>{field} quá lớn: {value} (tối đa {max}).</source>
      <translation>{field} is too large: {value} (at most {max}).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/indicators.py" />
      <source>{level} (không còn từ {day}; cần cập nhật cấp thực hiện)</source>
      <translation>{level} (abolished on {day}; executing level to update)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/indicators.py" />
      <source>{part} ({value}) không được lớn hơn {whole} ({limit}).</source>
      <translation>{part} ({value}) may not exceed {whole} ({limit}).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/indicators.py" />
      <source>Đơn vị</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/indicators.py" />
      <source>Đủ điều kiện (ước tính theo lý do)</source>
      <translation>Eligible (estimate from the reasons)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/indicators.py" />
      <source>Đủ điều kiện toàn trình (CSDLQG)</source>
      <translation>Eligible for full online (national database)</translation>
    </message>
  </context>
  <context>
    <name>indicators_panel</name>
    <message>
      <location filename="dvc_desktop/gui/indicators_panel.py" />
      <source>Chọn một kỳ báo cáo để xem thêm số liệu hồ sơ do các đơn vị nhập.</source>
      <translation>Choose a reporting period to add the dossier figures the units entered.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/indicators_panel.py" />
      <source>Không kèm số liệu hồ sơ</source>
      <translation>Without dossier figures</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/indicators_panel.py" />
      <source>Kỳ {period}: {reporting}/{expected} đơn vị đã nhập số liệu hồ sơ.</source>
      <translation>{period}: {reporting}/{expected} units entered dossier figures.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/indicators_panel.py" />
      <source>Ngày báo cáo {day} ({source}), bộ quy tắc {rules}. Tỷ lệ toàn trình / đủ điều kiện tính trên TTHC đủ điều kiện toàn trình theo CSDLQG (Quyết định 766/QĐ-TTg); cột «ước tính theo lý do» chỉ để tham khảo.</source>
      <translation>Reporting date {day} ({source}), rule set {rules}. The full online / eligible ratio counts the procedures the national database declares eligible (Decision 766/QĐ-TTg); the «estimate from the reasons» column is for reference only.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/indicators_panel.py" />
      <source>Sổ tính Excel (*.xlsx);;CSV (*.csv)</source>
      <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/indicators_panel.py" />
      <source>Theo cấp</source>
      <translation>By level</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/indicators_panel.py" />
      <source>Theo lĩnh vực</source>
      <translation>By sector</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/indicators_panel.py" />
      <source>Theo đơn vị</source>
      <translation>By unit</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/indicators_panel.py" />
      <source>Xuất bảng chỉ số</source>
      <translation>Export the indicators</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/indicators_panel.py" />
      <source>của đợt đang mở</source>
      <translation>the open round's</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/indicators_panel.py" />
      <source>hôm nay</source>
      <translation>today</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/indicators_panel.py" />
      <source>Đang ghi bảng chỉ số…</source>
      <translation>Writing the indicators…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/indicators_panel.py" />
      <source>Đã ghi bảng chỉ số vào {path}.</source>
      <translation>Indicators written to {path}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/indicators_panel.py" />
      <source>đã chọn</source>
      <translation>chosen</translation>
    </message>
  </context>
  <context>
    <name>key_card</name>
    <message>
      <location filename="dvc_desktop/gui/key_card.py" />
      <source>Bấm «Lưu PDF…»: phiếu và tệp khóa công khai (.pub) được ghi vào cùng một thư mục. In phiếu, trình thủ trưởng đơn vị ký, đóng dấu, rồi gửi phiếu cùng tệp .pub cho Văn phòng UBND tỉnh; Văn phòng sẽ gọi điện thoại để đối chiếu dấu vân tay trước khi tin cậy khóa.</source>
      <translation>Click “Save PDF…”: the card and the public key file (.pub) are written to the same folder. Print the card, have the head of the unit sign and stamp it, then send the card with the .pub file to the Provincial People's Committee Office; the Office will phone to compare the fingerprint before trusting the key.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/key_card.py" />
      <source>Lưu PDF…</source>
      <translation>Save PDF…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/key_card.py" />
      <source>Lưu phiếu khóa thành PDF</source>
      <translation>Save the key card as PDF</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/key_card.py" />
      <source>Lưu phiếu thành tệp PDF, kèm tệp khóa công khai (.pub) trong cùng thư mục</source>
      <translation>Save the card as a PDF file, with the public key file (.pub) in the same folder</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/key_card.py" />
      <source>Phiếu khóa công khai</source>
      <translation>Public key card</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/key_card.py" />
      <source>Phiếu khóa công khai {code}</source>
      <translation>Public key card {code}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/key_card.py" />
      <source>Tệp PDF (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/key_card.py" />
      <source>Tệp {path} đã có và không phải tệp {suffix}: không ghi đè. Hãy chọn tên khác.</source>
      <translation>{path} exists and is not a {suffix} file: it is not overwritten. Choose another name.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/key_card.py" />
      <source>Đã lưu phiếu khóa vào {pdf} và khóa công khai vào {pub}.</source>
      <translation>Saved the key card to {pdf} and the public key to {pub}.</translation>
    </message>
  </context>
  <context>
    <name>keys</name>
    <message>
      <location filename="dvc_desktop/services/keys.py" />
      <source>Chưa có khóa ký: chạy `dvc-desktop keys generate`.</source>
      <translation>No signing key yet: run `dvc-desktop keys generate`.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/package/keys.py" />
      <source>Chưa có khóa ký: hãy tạo khóa trước.</source>
      <translation>No signing key yet: create a key first.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/package/keys.py" />
      <source>Hai lần nhập mật khẩu không khớp nhau.</source>
      <translation>The two passphrases do not match.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/keys.py" />
      <source>Khóa {key} của {unit} đã bị thu hồi ngày {day}; không tin cậy lại khóa đã thu hồi. Đơn vị cần tạo khóa mới (`dvc-desktop keys generate`) và gửi khóa công khai mới cùng phiếu khóa.</source>
      <translation>Key {key} of {unit} was revoked on {day}; a revoked key is not trusted again. The unit must make a new key (`dvc-desktop keys generate`) and send the new public key with its key card.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/keys.py" />
      <source>Khóa {key} đã được tin cậy cho đơn vị khác ({unit}).</source>
      <translation>Key {key} is already trusted for another unit ({unit}).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/keys.py" />
      <source>Không có khóa {key} trong danh sách tin cậy.</source>
      <translation>Key {key} is not in the trust list.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/keys.py" />
      <source>Không có đơn vị {code} trong cây đơn vị.</source>
      <translation>There is no unit {code} in the unit tree.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/package/keys.py" />
      <source>Mật khẩu khóa cần ít nhất {n} ký tự.</source>
      <translation>The key passphrase needs at least {n} characters.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/package/keys.py" />
      <source>Mật khẩu khóa không đúng.</source>
      <translation>The key passphrase is incorrect.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/package/keys.py" />
      <source>Tệp khóa không phải khóa Ed25519.</source>
      <translation>The key file is not an Ed25519 key.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/package/keys.py" />
      <source>Tệp khóa {path} bị hỏng (có thể do đĩa đầy hoặc mất điện khi ghi). Hãy khôi phục thư mục khóa từ bản sao lưu gần nhất, hoặc tạo khóa thay thế (`dvc-desktop keys generate`; tệp hỏng được giữ lại bên cạnh) rồi gửi phiếu khóa mới cho Văn phòng UBND tỉnh để tin cậy lại.</source>
      <translation>The key file {path} is damaged (perhaps a full disk or a power cut while it was written). Restore the keys folder from the latest backup, or generate a replacement key (`dvc-desktop keys generate`; the damaged file is kept beside it) and send the new key card to the provincial office to be trusted again.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/keys.py" />
      <source>Tệp {name} không phải khóa công khai minisign.</source>
      <translation>The file {name} is not a minisign public key.</translation>
    </message>
  </context>
  <context>
    <name>keys_window</name>
    <message>
      <location filename="dvc_desktop/gui/key_dialog.py" />
      <source>&amp;Hiện mật khẩu</source>
      <translation>&amp;Show passphrase</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/key_dialog.py" />
      <source>&amp;Mật khẩu:</source>
      <translation>&amp;Passphrase:</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/key_dialog.py" />
      <source>&amp;Nhập lại:</source>
      <translation>&amp;Repeat:</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/key_dialog.py" />
      <source>&amp;Tạo khóa</source>
      <translation>&amp;Create key</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/key_dialog.py" />
      <source>Khóa ký xác nhận các gói đơn vị gửi tỉnh. </source>
      <translation>The signing key vouches for the packages the unit sends to the province. </translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/key_dialog.py" />
      <source>Khóa mới được gói kế tiếp thông báo cho Văn phòng UBND tỉnh, ký bằng khóa hiện tại; sau gói đó, khóa mới ký các gói. </source>
      <translation>The next package, signed with the current key, announces the new key to the provincial office; after it, the new key signs the packages. </translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/key_dialog.py" />
      <source>Mật khẩu cần ít nhất {n} ký tự; hãy ghi nhớ: không khôi phục được.</source>
      <translation>The passphrase needs at least {n} characters; remember it: it cannot be recovered.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/key_dialog.py" />
      <source>Tạo khóa ký</source>
      <translation>Create the signing key</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/key_dialog.py" />
      <source>Tạo khóa thay thế</source>
      <translation>Create a replacement key</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <location filename="dvc_desktop/domain/labels.py" />
      <source>Chưa có kế hoạch</source>
      <translation>No plan</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/labels.py" />
      <source>Chưa nộp</source>
      <translation>Not submitted</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/labels.py" />
      <source>Chưa phân loại</source>
      <translation>Not classified</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/labels.py" />
      <source>Chưa trả lời</source>
      <translation>Not answered</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/labels.py" />
      <source>Chưa trực tuyến</source>
      <translation>Not online</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/labels.py" />
      <source>Chờ xem xét</source>
      <translation>To review</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/labels.py" />
      <source>Còn thủ tục chưa phân loại</source>
      <translation>Procedures still unclassified</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/labels.py" />
      <source>Còn thủ tục chưa phân loại (nộp trễ)</source>
      <translation>Procedures still unclassified (sent late)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/labels.py" />
      <source>Có</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/labels.py" />
      <source>Có câu trả lời bị trả lại</source>
      <translation>Answers returned</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/labels.py" />
      <source>Có câu trả lời bị trả lại (nộp trễ)</source>
      <translation>Answers returned (sent late)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/labels.py" />
      <source>Có thay đổi chưa xem xét</source>
      <translation>Changes to review</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/labels.py" />
      <source>Có thay đổi chưa xem xét (nộp trễ)</source>
      <translation>Changes not reviewed (sent late)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/labels.py" />
      <source>Cấp huyện</source>
      <translation>District level</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/labels.py" />
      <source>Cấp tỉnh</source>
      <translation>Provincial level</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/labels.py" />
      <source>Cấp xã</source>
      <translation>Commune level</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/labels.py" />
      <source>Không</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/labels.py" />
      <source>Một phần</source>
      <translation>Partial</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/labels.py" />
      <source>Nháp</source>
      <translation>Draft</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/formats.py" />
      <source>Năm {year}</source>
      <translation>Year {year}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/labels.py" />
      <source>Nộp trễ</source>
      <translation>Sent late</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/formats.py" />
      <source>Quý {q}/{year}</source>
      <translation>Q{q} {year}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/labels.py" />
      <source>Sẵn sàng</source>
      <translation>Ready</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/labels.py" />
      <source>Sở, ban, ngành</source>
      <translation>Department or agency</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/labels.py" />
      <source>Toàn trình</source>
      <translation>Full online</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/labels.py" />
      <source>Trả lại</source>
      <translation>Returned</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/labels.py" />
      <source>Trễ hạn</source>
      <translation>Late</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/labels.py" />
      <source>UBND cấp huyện (cũ)</source>
      <translation>District People's Committee (former)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/labels.py" />
      <source>UBND tỉnh</source>
      <translation>Provincial People's Committee</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/labels.py" />
      <source>UBND xã, phường, đặc khu</source>
      <translation>Commune, ward or special zone People's Committee</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/labels.py" />
      <source>Đang chuyển đổi</source>
      <translation>Converting</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/labels.py" />
      <source>Đang dùng</source>
      <translation>In use</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/labels.py" />
      <source>Đang mở</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/labels.py" />
      <source>Đã chấp nhận</source>
      <translation>Accepted</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/labels.py" />
      <source>Đã có kế hoạch</source>
      <translation>Planned</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/labels.py" />
      <source>Đã giải thể / sáp nhập</source>
      <translation>Dissolved / merged</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/labels.py" />
      <source>Đã kết thúc</source>
      <translation>Closed</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/labels.py" />
      <source>Đã là thành phần của Cổng</source>
      <translation>Already a component of the portal</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/labels.py" />
      <source>Đã thay bằng khóa mới</source>
      <translation>Replaced by a new key</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/labels.py" />
      <source>Đã thu hồi</source>
      <translation>Revoked</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/labels.py" />
      <source>Đúng hạn</source>
      <translation>On time</translation>
    </message>
  </context>
  <context>
    <name>others_changes</name>
    <message>
      <location filename="dvc_desktop/gui/others_changes.py" />
      <source> và {n} người khác</source>
      <translation> and {n} others</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/others_changes.py" />
      <source>Có {n} thay đổi mới từ {who} (lần cuối lúc {at}). Bấm Tải lại để xem; những gì đang hiện có thể đã cũ.</source>
      <translation>{n} new changes by {who} (last at {at}). Press Reload to see them; what is shown may be out of date.</translation>
    </message>
  </context>
  <context>
    <name>package</name>
    <message>
      <location filename="dvc_desktop/package/schema.py" />
      <source>(gốc)</source>
      <translation>(root)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/packages/receipt.py" />
      <source>Biên nhận phải do khóa đã tin cậy của tỉnh ký.</source>
      <translation>A receipt must be signed with the province's trusted key.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/packages/export.py" />
      <source>Chưa có khóa ký hay chứng thư số: chạy `dvc-desktop keys generate` (khóa) hoặc `dvc-desktop keys certificate` (chứng thư số trên token) trước khi xuất gói.</source>
      <translation>No signing key or certificate yet: run `dvc-desktop keys generate` (a key) or `dvc-desktop keys certificate` (a certificate on a token) before exporting a package.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/packages/export.py" />
      <source>Chưa nhận gói nào của đơn vị {code}.</source>
      <translation>No package has been received from unit {code} yet.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/packages/export.py" />
      <source>Cần mã PIN của token để ký bằng chứng thư số: dùng --pin-file, đặt DVC_TOKEN_PIN hoặc nhập khi được hỏi.</source>
      <translation>The token's PIN is needed to sign with the certificate: use --pin-file, set DVC_TOKEN_PIN or type it when asked.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/package/acceptance.py" />
      <source>Dấu vân tay không khớp: gói được ký bằng khóa {fp}, khác với dấu vân tay đã cung cấp.</source>
      <translation>Fingerprint mismatch: the package is signed with the key {fp}, which differs from the fingerprint provided.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/package/acceptance.py" />
      <source>Dữ liệu gói</source>
      <translation>Package data</translation>
    </message>
    <message>
      <location filename="dvc_desktop/package/acceptance.py" />
      <source>Dữ liệu gói không hợp lệ: kỳ báo cáo lặp lại {periods}.</source>
      <translation>Invalid package data: reporting period repeated {periods}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/package/acceptance.py" />
      <source>Dữ liệu gói không hợp lệ: kỳ {period}: {error}</source>
      <translation>Invalid package data: period {period}: {error}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/package/acceptance.py" />
      <source>Dữ liệu gói không hợp lệ: lý do không có trong bộ quy tắc nào: {codes}.</source>
      <translation>Invalid package data: reasons found in no rule set: {codes}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/package/acceptance.py" />
      <source>Dữ liệu gói không hợp lệ: mã lặp lại {codes}.</source>
      <translation>Invalid package data: repeated codes {codes}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/package/acceptance.py" />
      <source>Dữ liệu gói không hợp lệ: mã «{code}» không ở dạng chuẩn.</source>
      <translation>Invalid package data: code “{code}” is not in canonical form.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/package/acceptance.py" />
      <source>Dữ liệu gói không hợp lệ: {error}</source>
      <translation>Invalid package data: {error}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/package/acceptance.py" />
      <source>Gói ghi đơn vị gửi {sender} nhưng được ký bằng khóa của đơn vị {unit}.</source>
      <translation>The package names {sender} as its sender unit but is signed with the key of unit {unit}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/package/acceptance.py" />
      <source>Gói ghi đơn vị gửi {unit} nhưng được ký bằng chứng thư của tổ chức «{organisation}», khác với tổ chức «{confirmed}» đã xác nhận cho đơn vị này.</source>
      <translation>The package names {unit} as its sender but is signed with a certificate of the organisation «{organisation}», not the organisation «{confirmed}» confirmed for this unit.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/packages/importing.py" />
      <source>Gói gửi cho {recipient}, không phải cho {me}.</source>
      <translation>The package is addressed to {recipient}, not to {me}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/package/acceptance.py" />
      <source>Gói loại {kind} phải gồm đúng các tệp: {names}.</source>
      <translation>A {kind} package must contain exactly these files: {names}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/packages/importing.py" />
      <source>Gói loại «{kind}» không nhập được ở đây (vai trò {role}).</source>
      <translation>A “{kind}” package cannot be imported here (role {role}).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/packages/importing.py" />
      <source>Gói này đã được nhập trước đây; không có gì thay đổi.</source>
      <translation>This package was already imported; nothing changed.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/packages/export.py" />
      <source>Gói số {sequence} (tệp {file}) đã thông báo khóa mới cho tỉnh nhưng việc xuất bị ngắt trước khi chuyển khóa; nay khóa mới đã được dùng: hãy nhập mật khẩu của khóa mới.</source>
      <translation>Package {sequence} (file {file}) announced the new key to the province, but the export was interrupted before the key was switched; the new key is now in use: enter the new key's passphrase.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/packages/importing.py" />
      <source>Gói số {sequence} cũ hơn hoặc trùng số với gói số {last} đã nhận từ {unit}: từ chối (phát lại).</source>
      <translation>Package no. {sequence} is older than or has the same number as package no. {last} already received from {unit}: rejected (replay).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/packages/export.py" />
      <source>Gói tham chiếu cần khóa ký minisign của tỉnh (các đơn vị tin cậy tỉnh qua dấu vân tay của khóa đó): chạy `dvc-desktop keys generate`.</source>
      <translation>A reference package needs the province's minisign signing key (the units trust the province through that key's fingerprint): run `dvc-desktop keys generate`.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/packages/reference.py" />
      <source>Gói tham chiếu của tỉnh {code}, không phải {me}.</source>
      <translation>The reference package is for province {code}, not {me}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/package/acceptance.py" />
      <source>Gói tham chiếu phải có chữ ký bằng khóa minisign của tỉnh (các đơn vị tin cậy tỉnh qua khóa đó).</source>
      <translation>A reference package must be signed with the province's minisign key (the units trust the province through that key).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/package/acceptance.py" />
      <source>Gói được ký bằng khóa {key} chưa được tin cậy (gói ghi đơn vị gửi {unit}).</source>
      <translation>The package is signed with key {key}, which is not trusted (the package names {unit} as its sender unit).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/package/acceptance.py" />
      <source>Gói được ký bằng khóa {key} chưa được tin cậy.</source>
      <translation>The package is signed with key {key}, which is not trusted.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/package/acceptance.py" />
      <source>Khóa công khai của tỉnh trong gói không hợp lệ.</source>
      <translation>The province's public key in the package is not valid.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/package/acceptance.py" />
      <source>Khóa của tỉnh chưa được tin cậy. Dấu vân tay của khóa ký gói này: {fp}. Đối chiếu với dấu vân tay do Văn phòng UBND tỉnh cung cấp rồi xác nhận.</source>
      <translation>The province's key is not trusted yet. Fingerprint of the key that signed this package: {fp}. Compare it with the fingerprint provided by the Provincial People's Committee Office, then confirm.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/package/acceptance.py" />
      <source>Khóa ký {key} của đơn vị {unit} đã bị thu hồi.</source>
      <translation>Signing key {key} of unit {unit} has been revoked.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/package/acceptance.py" />
      <source>Khóa ký {key} của đơn vị {unit} đã được thay bằng khóa mới; gói ký bằng khóa cũ không được nhận.</source>
      <translation>Signing key {key} of unit {unit} has been replaced by a new key; packages signed with the old key are not accepted.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/package/acceptance.py" />
      <source>Manifest ghi chứng thư số khác với chứng thư đã ký gói.</source>
      <translation>The manifest names a different certificate from the one that signed the package.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/package/acceptance.py" />
      <source>Manifest ghi khóa khác với khóa đã ký gói.</source>
      <translation>The manifest names a different key from the one that signed the package.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/package/acceptance.py" />
      <source>Manifest ghi khóa minisign nhưng gói không có chữ ký minisign.</source>
      <translation>The manifest names a minisign key but the package has no minisign signature.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/package/acceptance.py" />
      <source>Manifest thông báo khóa mới trùng với khóa đang ký gói.</source>
      <translation>The manifest announces as new the key that signs the package.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/packages/importing.py" />
      <source>Một cán bộ khác vẫn đang nhập gói vào kho trên máy chủ sau {n} giây chờ; chưa nhập gì. Hãy thử lại sau ít phút.</source>
      <translation>Another staff member is still importing a package into the store on the server after {n} seconds of waiting; nothing was imported. Try again in a few minutes.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/packages/importing.py" />
      <source>Một cán bộ khác đang nhập gói vào kho trên máy chủ; đang chờ lượt (tối đa {n} giây)…</source>
      <translation>Another staff member is importing a package into the store on the server; waiting for our turn (at most {n} seconds)…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/packages/export.py" />
      <source>Thao tác «{action}» chỉ dành cho vai trò {role}.</source>
      <translation>The action “{action}” is only for role {role}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/packages/importing.py" />
      <source>Tệp {file} đã thay đổi sau khi xem trước; không nhập. Hãy xem trước lại.</source>
      <translation>The file {file} changed after the preview; not imported. Preview it again.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/package/schema.py" />
      <source>Tệp {name} không phải JSON hợp lệ.</source>
      <translation>The file {name} is not valid JSON.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/package/schema.py" />
      <source>Tệp {name} lồng nhau quá sâu, không phải dữ liệu của gói; đã từ chối.</source>
      <translation>File {name} is nested too deeply to be package data; refused.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/package/schema.py" />
      <source>Tệp {name} phải là một đối tượng JSON.</source>
      <translation>The file {name} must be a JSON object.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/package/acceptance.py" />
      <source>Văn phòng chỉ nhận gói ký bằng chứng thư số của đơn vị; gói này chỉ có chữ ký bằng khóa minisign.</source>
      <translation>The office accepts only packages signed with the unit's certificate; this package is signed with a minisign key only.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/package/acceptance.py" />
      <source>biên nhận</source>
      <translation>receipt</translation>
    </message>
    <message>
      <location filename="dvc_desktop/package/acceptance.py" />
      <source>gửi tỉnh</source>
      <translation>submission</translation>
    </message>
    <message>
      <location filename="dvc_desktop/package/schema.py" />
      <source>ký tự không được phép</source>
      <translation>a character that is not allowed</translation>
    </message>
    <message>
      <location filename="dvc_desktop/package/acceptance.py" />
      <source>tham chiếu</source>
      <translation>reference</translation>
    </message>
    <message>
      <location filename="dvc_desktop/package/schema.py" />
      <source>{what} không đúng lược đồ tại «{where}»: {detail}</source>
      <translation>{what} does not match the schema at “{where}”: {detail}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/package/schema.py" />
      <source>{what} không đúng lược đồ tại «{where}»: «{value}» không phải ngày hợp lệ</source>
      <translation>{what} does not match the schema at «{where}»: «{value}» is not a valid date</translation>
    </message>
    <message>
      <location filename="dvc_desktop/package/schema.py" />
      <source>{what} tại «{where}»</source>
      <translation>{what} at “{where}”</translation>
    </message>
    <message>
      <location filename="dvc_desktop/package/acceptance.py" />
      <source>Đây không phải gói tham chiếu của tỉnh.</source>
      <translation>This is not the province's reference package.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/packages/submission.py" />
      <source>Đơn vị gửi {code} không có trong cây đơn vị của tỉnh.</source>
      <translation>Sender unit {code} is not in the province's unit tree.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/package/acceptance.py" />
      <source>Đơn vị {unit} lần đầu gửi gói ký bằng chứng thư số: chủ thể «{subject}», tổ chức «{organisation}», số sê-ri {serial}. Đối chiếu rồi xác nhận tổ chức này là của đơn vị (`dvc-desktop trust org add`).</source>
      <translation>Unit {unit} sends a package signed with a certificate for the first time: subject «{subject}», organisation «{organisation}», serial {serial}. Compare, then confirm that this organisation is the unit's (`dvc-desktop trust org add`).</translation>
    </message>
  </context>
  <context>
    <name>packages</name>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source> và </source>
      <translation> and </translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>&amp;Mở thư mục</source>
      <translation>&amp;Open folder</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>&amp;Tiếp tục…</source>
      <translation>&amp;Continue…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>&amp;Tạo khóa ký…</source>
      <translation>&amp;Create signing key…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>Bỏ</source>
      <translation>Removed</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>Chưa có gì thay đổi: bấm Áp dụng để nhập, Hủy để bỏ qua.</source>
      <translation>Nothing has changed yet: click Apply to import, Cancel to skip.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>Chưa có khóa ký</source>
      <translation>No signing key</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>Chọn tệp khóa công khai đơn vị đã gửi và đối chiếu dấu vân tay qua điện thoại trước khi tin cậy; gói được kiểm tra lại ngay.</source>
      <translation>Choose the public key file the unit sent and compare the fingerprint by phone before trusting it; the package is checked again at once.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>Cả {total} thủ tục đã sẵn sàng.</source>
      <translation>All {total} procedures are ready.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>Gói DVC Desktop (*.dvcpkg)</source>
      <translation>DVC Desktop packages (*.dvcpkg)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>Gói bị từ chối</source>
      <translation>Rejected packages</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>Gói của {unit} được ký bằng khóa chưa tin cậy: bấm «Tin cậy khóa này…» để đối chiếu dấu vân tay và tin cậy khóa, hoặc Đóng.</source>
      <translation>The package from {unit} is signed with a key not trusted yet: click “Trust this key…” to compare the fingerprint and trust the key, or Close.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>Gói số {n} gửi Văn phòng UBND tỉnh.</source>
      <translation>Package {n} for the provincial office.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>Khóa công khai minisign (*.pub)</source>
      <translation>minisign public key (*.pub)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>Không có gói nào để nhập; dữ liệu không thay đổi.</source>
      <translation>No package can be imported; the data is unchanged.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>Mật khẩu khóa ký</source>
      <translation>Signing key passphrase</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>Nhập gói</source>
      <translation>Import packages</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>Nhập mật khẩu của khóa ký của đơn vị:</source>
      <translation>Enter the passphrase of the unit's signing key:</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>Phiếu khóa</source>
      <translation>Key card</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>Sẽ nhập</source>
      <translation>Will be imported</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>Số liệu hồ sơ {period}</source>
      <translation>Dossier figures {period}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>Thêm</source>
      <translation>Added</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>Tin cậy khóa này cho đơn vị {unit}…</source>
      <translation>Trust this key for unit {unit}…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>Từ chối</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>Xuất gói gửi tỉnh</source>
      <translation>Export package for the province</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>Xuất khóa công khai</source>
      <translation>Export public key</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>Xác nhận khóa của tỉnh</source>
      <translation>Confirm the province's key</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>chứng thư số của «{holder}»</source>
      <translation>the certificate of «{holder}»</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>khóa {key}</source>
      <translation>key {key}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>tiếp nhận {total} (trực tuyến {online}); có phí {fees} (nộp trực tuyến {paid})</source>
      <translation>{total} received ({online} online); {fees} with fees ({paid} paid online)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>{ready} gói sẽ được nhập, {already} đã nhập trước đây, {rejected} bị từ chối.</source>
      <translation>{ready} packages will be imported, {already} were imported before, {rejected} refused.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>{total} thủ tục: {ready} sẵn sàng, {unclassified} chưa phân loại, {attention} cần xem lại. Tỉnh nhận cả những thủ tục chưa sẵn sàng như chúng đang có. Vẫn gửi?</source>
      <translation>{total} procedures: {ready} ready, {unclassified} not classified, {attention} to review. The province receives those not ready as they are. Send anyway?</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>Áp dụng</source>
      <translation>Apply</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>Đang kiểm tra {n} gói…</source>
      <translation>Checking {n} packages…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>Đang nhập {n} gói…</source>
      <translation>Importing {n} packages…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>Đây là lần đầu nhận gói của tỉnh. Dấu vân tay của khóa ký:

{fp}

Dấu vân tay này có khớp với dấu vân tay Văn phòng UBND tỉnh cung cấp (qua điện thoại hoặc phiếu khóa) không?</source>
      <translation>This is the first package received from the province. Fingerprint of the signing key:

{fp}

Does this fingerprint match the one provided by the Provincial People's Committee Office (by phone or on the key slip)?</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>Đã ghi khóa công khai vào {path}.

Mã khóa: {key}
Dấu vân tay:
{fp}

Gửi tệp này cho Văn phòng UBND tỉnh và đọc dấu vân tay cho cán bộ tiếp nhận để đối chiếu.</source>
      <translation>Public key written to {path}.

Key id: {key}
Fingerprint:
{fp}

Send this file to the Provincial People's Committee Office and read the fingerprint out to the receiving officer to compare.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>Đã nhập trước đây</source>
      <translation>Already imported</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>Đã nhập {n} gói; từ chối {m}.</source>
      <translation>Packages imported: {n}; rejected: {m}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>Đã tạo khóa ký {key}.</source>
      <translation>Signing key {key} created.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>Đã tạo khóa thay thế {key}; gói kế tiếp sẽ thông báo khóa này cho tỉnh.</source>
      <translation>Replacement key {key} created; the next package announces it to the province.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>Đã xuất gói</source>
      <translation>Package exported</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>Đã xuất gói số {n} ({records} thủ tục) vào {path}.</source>
      <translation>Exported package no. {n} ({records} procedures) to {path}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>Đã xuất gói số {n} ({records} thủ tục), ký bằng {signed}, vào:
{path}

Gửi tệp này cho Văn phòng UBND tỉnh.</source>
      <translation>Exported package no. {n} ({records} procedures), signed with {signed}, to:
{path}

Send this file to the provincial People's Committee office.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>Đóng</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>Đơn vị chưa có khóa ký nên chưa xuất được gói. Hãy tạo khóa, gửi phiếu khóa cho Văn phòng UBND tỉnh, rồi xuất gói.</source>
      <translation>The unit has no signing key, so no package can be exported. Create the key, send its key card to the provincial office, then export.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/packages.py" />
      <source>Đổi</source>
      <translation>Changed</translation>
    </message>
  </context>
  <context>
    <name>picker</name>
    <message>
      <location filename="dvc_desktop/gui/dialogs.py" />
      <source>Thêm vào danh mục</source>
      <translation>Add to catalogue</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/dialogs.py" />
      <source>{n} kết quả (tối đa 200)</source>
      <translation>{n} results (at most 200)</translation>
    </message>
  </context>
  <context>
    <name>procedures</name>
    <message>
      <location filename="dvc_desktop/domain/procedures.py" />
      <source>Chưa có cách thức thực hiện.</source>
      <translation>No method of implementation yet.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/procedures.py" />
      <source>Chưa có cơ quan thực hiện.</source>
      <translation>No executing agency yet.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/procedures.py" />
      <source>Chưa có cấp thực hiện.</source>
      <translation>No executing level yet.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/procedures.py" />
      <source>Chưa có thành phần hồ sơ.</source>
      <translation>No dossier components yet.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/procedures.py" />
      <source>Chưa có thời hạn giải quyết.</source>
      <translation>No processing time yet.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/procedures.py" />
      <source>Chưa có trình tự thực hiện.</source>
      <translation>No implementation steps yet.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/procedures.py" />
      <source>Chưa có đối tượng thực hiện.</source>
      <translation>No applicants yet.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/procedures.py" />
      <source>Tên TTHC của mã {code} đang để trống.</source>
      <translation>The procedure name for code {code} is empty.</translation>
    </message>
  </context>
  <context>
    <name>province</name>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>&amp;Báo cáo</source>
      <translation>&amp;Reports</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>&amp;Chỉ số</source>
      <translation>&amp;Indicators</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>&amp;Công bố Danh mục (Excel, CSV, JSON)…</source>
      <translation>&amp;Publish the catalogue (Excel, CSV, JSON)…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>&amp;Gói</source>
      <translation>Pac&amp;kages</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>&amp;In phiếu khóa của Văn phòng…</source>
      <translation>&amp;Print the office's key card…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>&amp;Kiểm tra</source>
      <translation>&amp;Checks</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>&amp;Kiểm tra ({n})</source>
      <translation>&amp;Checks ({n})</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>&amp;Nhập gói của các đơn vị…</source>
      <translation>&amp;Import units' packages…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>&amp;Sao lưu dữ liệu…</source>
      <translation>&amp;Back up the data…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>&amp;Thoát</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>&amp;Tiếp tục công bố…</source>
      <translation>&amp;Go on to publish…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>&amp;Tải lại</source>
      <translation>&amp;Reload</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>&amp;Tệp</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>Báo cáo của đơn vị đang c&amp;họn…</source>
      <translation>Report of the sele&amp;cted unit…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>Chọn một đơn vị trong bảng trước.</source>
      <translation>Select a unit in the table first.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>Cài đặt &amp;ngôn ngữ…</source>
      <translation>La&amp;nguage settings…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>Còn việc chưa xong: {items}.

Danh mục chính thức chỉ gồm các thủ tục đã phân loại. Vẫn công bố?</source>
      <translation>Work still open: {items}.

The official catalogue holds classified procedures only. Publish anyway?</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>Danh mục tham chiếu: {n} TTHC · {c} câu trả lời đã phân loại · hạn nộp {deadline} · {late} đơn vị trễ hạn · {sent_late} đơn vị nộp trễ · {findings} vấn đề cần xử lý · {waiting} thủ tục chưa đơn vị nào phân loại.</source>
      <translation>Reference catalogue: {n} procedures · {c} answers classified · deadline {deadline} · {late} units late · {sent_late} units sent late · {findings} issues to settle · {waiting} procedures no unit has classified.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>Danh mục tham chiếu: {n} TTHC · {c} câu trả lời đã phân loại · hạn nộp {deadline} · {late} đơn vị trễ hạn · {sent_late} đơn vị nộp trễ · đang kiểm tra tính nhất quán…</source>
      <translation>Reference catalogue: {n} procedures · {c} answers classified · deadline {deadline} · {late} units late · {sent_late} units sent late · checking consistency…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>Danh mục tổng &amp;hợp</source>
      <translation>Consolidated ca&amp;talogue</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>Không có phân loại nào của mã {code}: chưa đơn vị nào phân loại thủ tục này.</source>
      <translation>No classification of code {code}: no unit has classified this procedure.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>Lần rà soát đầu tiên: còn thiếu {missing}. Làm lần lượt các bước bên cạnh, rồi xuất gói tham chiếu cho các đơn vị.</source>
      <translation>First review round: still missing {missing}. Take the steps beside in order, then export the reference package for the units.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>Máy chủ &amp;dữ liệu và tên cán bộ…</source>
      <translation>&amp;Database server and staff name…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>Nhập danh &amp;mục TTHC từ Excel…</source>
      <translation>&amp;Import procedure catalogue from Excel…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>Nhập danh mục TTHC</source>
      <translation>Import procedure catalogue</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>Thông tin &amp;văn bản báo cáo (số ký hiệu, người ký)…</source>
      <translation>Report &amp;document details (number, signer)…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>Trước khi công bố</source>
      <translation>Before publishing</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>Tạo khóa ký hoặc khóa t&amp;hay thế…</source>
      <translation>Create a signing key or its re&amp;placement…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>Xem trước &amp;báo cáo tổng hợp…</source>
      <translation>Preview the &amp;summary report…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>Xuất &amp;biên nhận cho đơn vị đang chọn…</source>
      <translation>Export re&amp;ceipt for the selected unit…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>Xuất biên nhận</source>
      <translation>Export receipt</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>Xuất gói &amp;tham chiếu cho các đơn vị…</source>
      <translation>Export &amp;reference package for the units…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>Xuất gói tham chiếu</source>
      <translation>Export reference package</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>Xuất khóa công khai và &amp;phiếu khóa…</source>
      <translation>Export the public key and key car&amp;d…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>danh mục TTHC</source>
      <translation>the procedure catalogue</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>danh sách đơn vị</source>
      <translation>the list of units</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>kiểm tra tính nhất quán chưa xong</source>
      <translation>the consistency checks are not finished</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>{n} câu trả lời bị trả lại</source>
      <translation>{n} answers returned</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>{n} câu trả lời chưa xem xét</source>
      <translation>{n} answers not reviewed</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>{n} thủ tục chưa phân loại</source>
      <translation>{n} procedures not classified</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>{n} vấn đề kiểm tra cần xử lý</source>
      <translation>{n} check findings to settle</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>{n} đơn vị chưa nộp</source>
      <translation>{n} units have not sent</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>Đang ghi Danh mục…</source>
      <translation>Writing the catalogue…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>Đã ghi Danh mục ({n} thủ tục) vào {path}.</source>
      <translation>Catalogue ({n} procedures) written to {path}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>Đã ghi gói {kind} số {n} vào {path}.</source>
      <translation>Wrote {kind} package no. {n} to {path}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>Đã hủy; không ghi tệp nào.</source>
      <translation>Cancelled; no file was written.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>Đơ&amp;n vị</source>
      <translation>U&amp;nits</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>Đơn &amp;vị</source>
      <translation>&amp;Units</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>Đợt &amp;rà soát</source>
      <translation>Re&amp;view rounds</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_window.py" />
      <source>đợt rà soát</source>
      <translation>a review round</translation>
    </message>
  </context>
  <context>
    <name>province_dialogs</name>
    <message>
      <location filename="dvc_desktop/gui/province_dialogs.py" />
      <source>&amp;Xem các phân loại của đơn vị</source>
      <translation>&amp;Show the unit's classifications</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_dialogs.py" />
      <source>+{added} / −{removed} / ~{changed}</source>
      <translation>+{added} / −{removed} / ~{changed}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_dialogs.py" />
      <source>Bản làm việc (mọi phân loại, theo đơn vị)</source>
      <translation>Working draft (every classification, by unit)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_dialogs.py" />
      <source>Công &amp;bố</source>
      <translation>&amp;Publish</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_dialogs.py" />
      <source>Công bố Danh mục</source>
      <translation>Publish the catalogue</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_dialogs.py" />
      <source>Không có thư mục {folder}.</source>
      <translation>There is no folder {folder}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_dialogs.py" />
      <source>Mọi cấp</source>
      <translation>All levels</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_dialogs.py" />
      <source>Mọi đơn vị</source>
      <translation>All units</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_dialogs.py" />
      <source>Phụ lục kèm quyết định của Chủ tịch (chính thức)</source>
      <translation>Appendix to the Chairman's decision (official)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_dialogs.py" />
      <source>Sổ tính Excel (*.xlsx);;PDF (*.pdf);;CSV (*.csv);;JSON (*.json)</source>
      <translation>Excel workbook (*.xlsx);;PDF (*.pdf);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_dialogs.py" />
      <source>Tên tệp phải kết thúc bằng .xlsx, .pdf, .csv hoặc .json.</source>
      <translation>The file name must end in .xlsx, .pdf, .csv or .json.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_dialogs.py" />
      <source>Tệp PDF là Danh mục chính thức: chọn loại «Phụ lục kèm quyết định» hoặc một định dạng khác.</source>
      <translation>A PDF is the official Danh mục: choose the kind «Appendix to the decision» or another format.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_dialogs.py" />
      <source>chờ xem xét {waiting}; trả lại {returned}</source>
      <translation>{waiting} to review; {returned} returned</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_dialogs.py" />
      <source>chứng thư số</source>
      <translation>certificate</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/province_dialogs.py" />
      <source>Đơn vị: {name}</source>
      <translation>Unit: {name}</translation>
    </message>
  </context>
  <context>
    <name>provinces</name>
    <message>
      <location filename="dvc_desktop/domain/provinces.py" />
      <source>Mã tỉnh {code} ({name}) đã ngừng sử dụng từ {day}.</source>
      <translation>Province code {code} ({name}) has been retired since {day}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/provinces.py" />
      <source>Mã tỉnh {code} ({name}) đã ngừng sử dụng từ {day}; nay là {successor} ({new}).</source>
      <translation>Province code {code} ({name}) has been retired since {day}; it is now {successor} ({new}).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/provinces.py" />
      <source>Mã tỉnh «{value}» không hợp lệ: cần dạng H01 đến H63.</source>
      <translation>Invalid province code «{value}»: expected H01 to H63.</translation>
    </message>
  </context>
  <context>
    <name>publication</name>
    <message>
      <location filename="dvc_desktop/services/publication.py" />
      <source>Chỉ ký số được Danh mục xuất ra tệp .pdf.</source>
      <translation>Only a Danh mục written as .pdf can be signed.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/publication.py" />
      <source>Chỉ xuất được .xlsx, .pdf, .csv hoặc .json, không phải «{suffix}».</source>
      <translation>Only .xlsx, .pdf, .csv or .json can be written, not «{suffix}».</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/publication.py" />
      <source>Các câu trả lời bị trả lại hoặc chưa xem xét đang được bỏ ra: xem xét chúng trong Danh mục tổng hợp, hoặc chọn công bố cả chúng.</source>
      <translation>Returned or unreviewed answers are being left out: review them in the consolidated catalogue, or choose to publish them too.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/publication.py" />
      <source>Các xã trả lời khác nhau ở {n} thủ tục ({codes}): xử lý mục «Đơn vị cùng cấp phân loại khác nhau» trong Kiểm tra trước khi công bố, hoặc công bố với tên các xã ghi ở cột Ghi chú.</source>
      <translation>Communes answer {n} procedures differently ({codes}): clear “Units at the same level disagree” in the checks before publishing, or publish with the communes named in the Notes column.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/publication.py" />
      <source>Cách xử lý «{value}» không hợp lệ: named hoặc refuse.</source>
      <translation>Invalid handling «{value}»: named or refuse.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/publication.py" />
      <source>Danh mục chính thức gồm mọi đơn vị và chỉ các thủ tục đã phân loại: dùng --kind draft cho bản làm việc theo một đơn vị hoặc có cả thủ tục chưa phân loại.</source>
      <translation>The official catalogue covers every unit and only classified procedures: use --kind draft for a working draft of one unit or with unclassified procedures.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/publication.py" />
      <source>Danh mục không có thủ tục nào để công bố: chưa đơn vị nào phân loại thủ tục (hoặc không thủ tục nào thuộc cấp, đơn vị đã chọn). Hãy nhập gói của các đơn vị trước; không ghi tệp nào.</source>
      <translation>The catalogue has no procedure to publish: no unit has classified any (or none is at the chosen level or unit). Import the units' packages first; no file was written.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/publication.py" />
      <source>Không bỏ ra được «{value}»; chọn trong: {choices}.</source>
      <translation>Cannot leave out “{value}”; choose among: {choices}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/publication.py" />
      <source>Không có cột «{column}»; chọn trong: {columns}.</source>
      <translation>No column «{column}»; choose from: {columns}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/publication.py" />
      <source>Không xuất được danh mục: thủ tục {code}, trường «{field}»</source>
      <translation>Cannot publish the catalogue: procedure {code}, field “{field}”</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/publication.py" />
      <source>Loại «{kind}» không hợp lệ: official hoặc draft.</source>
      <translation>Invalid kind «{kind}»: official or draft.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/publication.py" />
      <source>Mức {level}</source>
      <translation>Level {level}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/publication.py" />
      <source>Tệp PDF là Danh mục chính thức (phụ lục kèm quyết định); bản làm việc xuất ra .xlsx, .csv hoặc .json.</source>
      <translation>A PDF is the official Danh mục (the appendix to the decision); the working draft is written as .xlsx, .csv or .json.</translation>
    </message>
  </context>
  <context>
    <name>qt</name>
    <message>
      <location filename="dvc_desktop/gui/translation.py" />
      <source>&amp;Có</source>
      <translation>&amp;Yes</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/translation.py" />
      <source>&amp;Dán</source>
      <translation>&amp;Paste</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/translation.py" />
      <source>&amp;Hoàn tác</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/translation.py" />
      <source>&amp;Không</source>
      <translation>&amp;No</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/translation.py" />
      <source>&amp;Làm lại</source>
      <translation>&amp;Redo</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/translation.py" />
      <source>&amp;Lưu</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/translation.py" />
      <source>&amp;Sao chép</source>
      <translation>&amp;Copy</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/translation.py" />
      <source>&lt; Quay lại</source>
      <translation>&lt; Back</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/translation.py" />
      <source>Chọn tất cả</source>
      <translation>Select all</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/translation.py" />
      <source>Có</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/translation.py" />
      <source>Cắ&amp;t</source>
      <translation>Cu&amp;t</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/translation.py" />
      <source>Hoàn tất</source>
      <translation>Finish</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/translation.py" />
      <source>Hủy</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/translation.py" />
      <source>Không</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/translation.py" />
      <source>Lưu</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/translation.py" />
      <source>Tiếp &gt;</source>
      <translation>Next &gt;</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/translation.py" />
      <source>Xem chi tiết…</source>
      <translation>Show details…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/translation.py" />
      <source>Xóa</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/translation.py" />
      <source>Áp dụng</source>
      <translation>Apply</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/translation.py" />
      <source>Đóng</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/translation.py" />
      <source>Đồng ý</source>
      <translation>OK</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/translation.py" />
      <source>Ẩn chi tiết…</source>
      <translation>Hide details…</translation>
    </message>
  </context>
  <context>
    <name>reclassify</name>
    <message>
      <location filename="dvc_desktop/services/reclassify.py" />
      <source>Không có gì cần phân loại lại ở mã: {codes}.</source>
      <translation>Nothing to reclassify for the codes: {codes}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/reclassify_dialog.py" />
      <source>Lý do theo Điều 14</source>
      <translation>Reason under Art. 14</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/reclassify_dialog.py" />
      <source>Lý do theo Điều 14 cho {code}</source>
      <translation>Reason under Art. 14 for {code}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/reclassify.py" />
      <source>Lý do «{reason}» không dùng được cho {code} theo {rules}; chọn một trong: {codes}.</source>
      <translation>The reason «{reason}» cannot be used for {code} under {rules}; choose one of: {codes}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/reclassify_dialog.py" />
      <source>Lý do đã ghi (Nghị định 42/2022)</source>
      <translation>Reason given (Decree 42/2022)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/reclassify_dialog.py" />
      <source>Mã TTHC</source>
      <translation>Procedure code</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/reclassify_dialog.py" />
      <source>Phân loại lại theo Điều 14 Nghị định 224/2026</source>
      <translation>Reclassify under Decree 224/2026 Art. 14</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/reclassify_dialog.py" />
      <source>Tên thủ tục</source>
      <translation>Procedure name</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/reclassify_dialog.py" />
      <source>Từ 01/7/2026, dịch vụ một phần phải dựa trên một trong các lý do của Điều 14 Nghị định 224/2026. {n} phân loại còn ghi lý do theo Nghị định 42/2022: kiểm tra lý do đề xuất cho từng thủ tục, sửa nếu cần, rồi bấm Áp dụng. Lý do kỹ thuật cần thêm mô tả vấn đề và ngày dự kiến khắc phục: các thủ tục đó trở về bản nháp để bổ sung.</source>
      <translation>From 1/7/2026 a partial service must rest on one of the grounds of Decree 224/2026 Art. 14. {n} classifications still carry a Decree 42/2022 reason: check the ground proposed for each procedure, change it if needed, then press Apply. A technical ground also needs a description of the issue and an expected fix date: those procedures go back to draft to be completed.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/reclassify_dialog.py" />
      <source>Á&amp;p dụng</source>
      <translation>A&amp;pply</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/reclassify_dialog.py" />
      <source>Áp dụng</source>
      <translation>Apply</translation>
    </message>
  </context>
  <context>
    <name>report_preview</name>
    <message>
      <location filename="dvc_desktop/gui/report_preview.py" />
      <source>Ký số…</source>
      <translation>Sign…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/report_preview.py" />
      <source>Lưu báo cáo ký số</source>
      <translation>Save the signed report</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/report_preview.py" />
      <source>Lưu báo cáo thành PDF</source>
      <translation>Save the report as PDF</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/report_preview.py" />
      <source>Lưu báo cáo thành tệp PDF</source>
      <translation>Save the report as a PDF file</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/report_preview.py" />
      <source>Lưu báo cáo thành tệp PDF ký số bằng chứng thư số của cơ quan (token hoặc tệp PKCS#12)</source>
      <translation>Save the report as a PDF signed with the agency's certificate (token or PKCS#12 file)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/report_preview.py" />
      <source>Lưu thành PDF…</source>
      <translation>Save as PDF…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/report_preview.py" />
      <source>Người ký, số ký hiệu…</source>
      <translation>Signer, document number…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/report_preview.py" />
      <source>Số ký hiệu, tên cơ quan, Kính gửi, nơi lưu và người ký của báo cáo</source>
      <translation>The report's number, issuer name, recipient, filing and signer</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/report_preview.py" />
      <source>Tệp PDF (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/report_preview.py" />
      <source>Xem trước báo cáo</source>
      <translation>Report preview</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/report_preview.py" />
      <source>Đang ký số báo cáo…</source>
      <translation>Signing the report…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/report_preview.py" />
      <source>Đang lập báo cáo…</source>
      <translation>Preparing the report…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/report_preview.py" />
      <source>Đã ghi báo cáo ({pages} trang) vào {path}.</source>
      <translation>Report written ({pages} pages) to {path}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/report_preview.py" />
      <source>Đã ký số (PAdES {level}) và ghi báo cáo ({pages} trang) vào {path}.</source>
      <translation>Signed (PAdES {level}) and wrote the report ({pages} pages) to {path}.</translation>
    </message>
  </context>
  <context>
    <name>report_settings</name>
    <message>
      <location filename="dvc_desktop/gui/report_settings_dialog.py" />
      <source>&amp;Chức vụ người ký:</source>
      <translation>Signer's &amp;title:</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/report_settings_dialog.py" />
      <source>&amp;Họ tên người ký:</source>
      <translation>Signer's &amp;name:</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/report_settings_dialog.py" />
      <source>&amp;Hủy</source>
      <translation>&amp;Cancel</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/report_settings_dialog.py" />
      <source>&amp;Lưu</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/report_settings_dialog.py" />
      <source>&amp;Tên cơ quan ban hành:</source>
      <translation>Issuing &amp;agency's name:</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/report_settings.py" />
      <source>Chức vụ người ký</source>
      <translation>Signer's title</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/report_settings.py" />
      <source>Chức vụ người ký có tối đa 3 dòng (ví dụ «KT. GIÁM ĐỐC» và «PHÓ GIÁM ĐỐC»).</source>
      <translation>The signer's title has at most 3 lines (e.g. “KT. GIÁM ĐỐC” and “PHÓ GIÁM ĐỐC”).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/report_settings.py" />
      <source>Chữ viết tắt tên cơ quan sau «BC-» chỉ gồm chữ in hoa, chữ số và dấu gạch ngang, tối đa 30 ký tự (ví dụ VPUBND); nhận được «{value}».</source>
      <translation>The agency abbreviation after “BC-” takes only capital letters, digits and hyphens, at most 30 characters (e.g. VPUBND); got «{value}».</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/report_settings.py" />
      <source>Họ tên người ký</source>
      <translation>Signer's name</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/report_settings_dialog.py" />
      <source>In trên mọi báo cáo theo thể thức Nghị định 30/2020/NĐ-CP. Để trống «Số ký hiệu» thì phần số để văn thư ghi tay; để trống người ký thì chức vụ lấy theo loại đơn vị.</source>
      <translation>Printed on every report in the Decree 30/2020/ND-CP layout. With no abbreviation, the number is left for the clerical office to write; with no signer, the title follows the unit's kind.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/report_settings_dialog.py" />
      <source>Kính &amp;gửi:</source>
      <translation>&amp;Recipient (Kính gửi):</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/report_settings.py" />
      <source>Kính gửi</source>
      <translation>Recipient (Kính gửi)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/report_settings_dialog.py" />
      <source>Số &amp;ký hiệu:</source>
      <translation>Document &amp;number:</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/report_settings_dialog.py" />
      <source>Số: …/BC-</source>
      <translation>No.: …/BC-</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/report_settings_dialog.py" />
      <source>Thông tin văn bản báo cáo</source>
      <translation>Report document details</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/report_settings.py" />
      <source>Tên đầy đủ của cơ quan</source>
      <translation>Agency's full name</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/report_settings_dialog.py" />
      <source>họ và tên</source>
      <translation>full name</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/report_settings_dialog.py" />
      <source>mỗi dòng một chức danh, ví dụ:
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC</source>
      <translation>one title per line, e.g.:
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/report_settings_dialog.py" />
      <source>tên đầy đủ, không viết tắt (ví dụ Văn phòng Ủy ban nhân dân tỉnh …)</source>
      <translation>the full name, not abbreviated (e.g. Văn phòng Ủy ban nhân dân tỉnh …)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/report_settings_dialog.py" />
      <source>ví dụ KSTT</source>
      <translation>e.g. KSTT</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/report_settings_dialog.py" />
      <source>ví dụ VPUBND, STP</source>
      <translation>e.g. VPUBND, STP</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/report_settings.py" />
      <source>{field} dài quá {limit} ký tự.</source>
      <translation>{field} is longer than {limit} characters.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/report_settings_dialog.py" />
      <source>Đã lưu thông tin văn bản báo cáo.</source>
      <translation>Report document details saved.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/report_settings_dialog.py" />
      <source>Đơn vị &amp;soạn thảo (Lưu: VT, …):</source>
      <translation>Drafting &amp;unit (Lưu: VT, …):</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/report_settings.py" />
      <source>Đơn vị soạn thảo</source>
      <translation>Drafting unit</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/report_settings_dialog.py" />
      <source>để trống: không in dòng Kính gửi</source>
      <translation>empty: no recipient line</translation>
    </message>
  </context>
  <context>
    <name>reporting</name>
    <message>
      <location filename="dvc_desktop/services/reporting.py" />
      <source>Ngày báo cáo</source>
      <translation>Reporting date</translation>
    </message>
  </context>
  <context>
    <name>reports</name>
    <message>
      <location filename="dvc_desktop/services/reports.py" />
      <source>Báo cáo chỉ ghi ra tệp .pdf, không phải «{name}».</source>
      <translation>Reports are written to .pdf files only, not «{name}».</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/reports.py" />
      <source>Báo cáo tổng hợp</source>
      <translation>Summary report</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/reports.py" />
      <source>Dữ liệu của đơn vị chỉ có số liệu của chính đơn vị ({code}); báo cáo của đơn vị khác được lập tại Văn phòng UBND tỉnh.</source>
      <translation>A unit's store holds only its own figures ({code}); reports on other units are made at the provincial office.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/reports.py" />
      <source>Không có thư mục {path}.</source>
      <translation>There is no folder {path}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/reports.py" />
      <source>Không có đơn vị mã {code}.</source>
      <translation>There is no unit with code {code}.</translation>
    </message>
  </context>
  <context>
    <name>restore</name>
    <message>
      <location filename="dvc_desktop/store/restore.py" />
      <source>Bản sao lưu {name} chứa tệp không hợp lệ: {file}</source>
      <translation>The backup {name} carries an invalid file: {file}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/store/restore.py" />
      <source>Bản sao lưu {name} cũng bị hỏng ({verdict}); hãy dùng bản sao lưu khác.</source>
      <translation>The backup {name} is damaged too ({verdict}); use another backup.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/store/restore.py" />
      <source>Bản sao lưu {name} do phiên bản DVC Desktop mới hơn tạo ra; hãy cập nhật phần mềm rồi khôi phục.</source>
      <translation>The backup {name} was made by a newer version of DVC Desktop; update the program, then restore.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/store/restore.py" />
      <source>Không thấy tệp sao lưu {path}.</source>
      <translation>Backup file {path} not found.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/store/restore.py" />
      <source>Tệp {name} không phải bản sao lưu (không phải tệp SQLite).</source>
      <translation>{name} is not a backup (not an SQLite file).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/store/restore.py" />
      <source>Tệp {name} không phải bản sao lưu của DVC Desktop.</source>
      <translation>{name} is not a DVC Desktop backup.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/store/restore.py" />
      <source>Tệp {name} quá lớn để là bản sao lưu của DVC Desktop.</source>
      <translation>{name} is too large to be a DVC Desktop backup.</translation>
    </message>
  </context>
  <context>
    <name>review</name>
    <message>
      <location filename="dvc_desktop/services/review.py" />
      <source> (và {n} phân loại khác)</source>
      <translation> (and {n} other classifications)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/review_panel.py" />
      <source>&amp;Tải lại để xem</source>
      <translation>&amp;Reload to see it</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/review_panel.py" />
      <source>&lt;p&gt;Chọn một dòng để xem chi tiết; chọn nhiều dòng để xem xét cùng lúc.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Select a row to see its details; select several to review them together.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/review_panel.py" />
      <source>&lt;p&gt;Đã chọn {n} phân loại.&lt;/p&gt;</source>
      <translation>&lt;p&gt;{n} classifications selected.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/review.py" />
      <source>Chưa chọn phân loại nào để xem xét.</source>
      <translation>No classification was chosen for review.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/review.py" />
      <source>Chỉ Văn phòng UBND tỉnh xem xét được phân loại của các đơn vị.</source>
      <translation>Only the provincial office can review the units' classifications.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/review_panel.py" />
      <source>Chọn ít nhất một dòng trong bảng trước.</source>
      <translation>Select at least one row in the table first.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/review_panel.py" />
      <source>Công bố trên Cổng Dịch vụ công quốc gia</source>
      <translation>Published on the National Public Service Portal</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/review_panel.py" />
      <source>Dự kiến khắc phục</source>
      <translation>Expected fix</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/review_panel.py" />
      <source>Ghi chú của đơn vị</source>
      <translation>Unit's note</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/review_panel.py" />
      <source>Ghi ý kiến để đơn vị biết cần sửa gì, rồi bấm Trả lại.</source>
      <translation>Write a comment so the unit knows what to fix, then press Return.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/review_panel.py" />
      <source>Hiển thị {shown}/{total} phân loại</source>
      <translation>Showing {shown}/{total} classifications</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/review_panel.py" />
      <source>Hình thức</source>
      <translation>Form</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/review.py" />
      <source>Không chấp nhận được {n} thủ tục đơn vị chưa chọn hình thức; hãy trả lại.</source>
      <translation>Cannot accept {n} procedures the unit has not classified; return them.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/review.py" />
      <source>Không còn phân loại đã chọn (có thể đơn vị đã gửi gói mới); hãy tải lại.</source>
      <translation>The selected classifications are gone (the unit may have sent a new package); reload.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/review.py" />
      <source>Không còn {n} phân loại đã chọn (có thể đơn vị đã gửi gói mới); hãy tải lại.</source>
      <translation>{n} of the selected classifications are gone (the unit may have sent a new package); reload.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/review.py" />
      <source>Không ghi quyết định: phân loại {what}{more} đã thay đổi sau khi anh/chị mở — {who}. Không có gì bị ghi đè; hãy tải lại để xem.</source>
      <translation>Decision not recorded: the classification {what}{more} changed after you opened it — {who}. Nothing was overwritten; reload to see it.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/review_panel.py" />
      <source>Lý do</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/review_panel.py" />
      <source>Lĩnh vực</source>
      <translation>Sector</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/review_panel.py" />
      <source>Lưu theo</source>
      <translation>Saved under</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/review_panel.py" />
      <source>Mọi cấp</source>
      <translation>All levels</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/review_panel.py" />
      <source>Mọi hình thức</source>
      <translation>All forms</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/review_panel.py" />
      <source>Mọi kết quả xem xét</source>
      <translation>Any review state</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/review_panel.py" />
      <source>Mọi lĩnh vực</source>
      <translation>All sectors</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/review_panel.py" />
      <source>Mọi đơn vị</source>
      <translation>All units</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/review_panel.py" />
      <source>Phân loại đã thay đổi</source>
      <translation>The classification has changed</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/review_panel.py" />
      <source>Quy định làm căn cứ</source>
      <translation>Provision relied on</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/review.py" />
      <source>Quyết định xem xét không hợp lệ: «{decision}».</source>
      <translation>Not a valid review decision: «{decision}».</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/review.py" />
      <source>Trả lại cần ghi rõ lý do để đơn vị sửa.</source>
      <translation>A return needs a comment telling the unit what to fix.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/review_panel.py" />
      <source>Vấn đề kỹ thuật</source>
      <translation>Technical issue</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/review_panel.py" />
      <source>Xem xét</source>
      <translation>Review</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/review_panel.py" />
      <source>bảng kiểm gợi ý</source>
      <translation>checklist suggests</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/review_panel.py" />
      <source>bởi {who}, lúc {at}</source>
      <translation>by {who}, at {at}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/review_panel.py" />
      <source>chưa công bố</source>
      <translation>not published</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/review_panel.py" />
      <source>ngày {day}</source>
      <translation>on {day}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/review.py" />
      <source>{code} của {unit}</source>
      <translation>{code} of {unit}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/review.py" />
      <source>{who} đã xem xét lúc {at}</source>
      <translation>{who} reviewed it at {at}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/review.py" />
      <source>Ý kiến dài quá {n} ký tự.</source>
      <translation>The comment is longer than {n} characters.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/review_panel.py" />
      <source>Đang xem các dòng của kết quả kiểm tra: {note}</source>
      <translation>Showing the rows of a check finding: {note}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/review_panel.py" />
      <source>Đã ghi: {decision} {n} phân loại.</source>
      <translation>Recorded: {decision}, {n} classifications.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/review_panel.py" />
      <source>Đóng</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/review_panel.py" />
      <source>Đơn vị</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/review.py" />
      <source>Đơn vị {unit} chưa có thủ tục {code}.</source>
      <translation>Unit {unit} does not have procedure {code}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/review.py" />
      <source>đơn vị đã gửi câu trả lời mới lúc {at}</source>
      <translation>the unit sent a new answer at {at}</translation>
    </message>
  </context>
  <context>
    <name>rounds</name>
    <message>
      <location filename="dvc_desktop/services/rounds.py" />
      <source>Hạn nộp {deadline} trước ngày mở đợt {opened}.</source>
      <translation>The deadline {deadline} is before the round's opening date {opened}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/rounds.py" />
      <source>Không có đợt rà soát nào đang mở: mở đợt bằng `dvc-desktop round open`.</source>
      <translation>No review round is open: open one with `dvc-desktop round open`.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/rounds.py" />
      <source>Thao tác «{action}» chỉ dành cho Văn phòng UBND tỉnh (vai trò province).</source>
      <translation>The action “{action}” is only for the provincial office (role province).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/rounds.py" />
      <source>Tên đợt rà soát đang để trống.</source>
      <translation>The review round name is empty.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/rounds.py" />
      <source>Văn bản căn cứ của đợt đang để trống: ghi số, ngày văn bản yêu cầu rà soát (ví dụ: Công văn 1234/UBND-KSTT ngày 01/12/2026).</source>
      <translation>The round's basis is empty: give the number and date of the document that asks for the review (for example: Official letter 1234/UBND-KSTT dated 01/12/2026).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/rounds.py" />
      <source>{what} «{value}» không phải một ngày (cần dạng YYYY-MM-DD, ví dụ 2026-12-31).</source>
      <translation>{what} “{value}” is not a date (expected YYYY-MM-DD, e.g. 2026-12-31).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/rounds.py" />
      <source>Đợt «{name}» đang mở (hạn nộp {deadline}): kết thúc đợt đó (`round close`) trước khi mở đợt mới.</source>
      <translation>Round “{name}” is open (deadline {deadline}): close it (`round close`) before opening a new round.</translation>
    </message>
  </context>
  <context>
    <name>rounds_window</name>
    <message>
      <location filename="dvc_desktop/gui/round_dialogs.py" />
      <source> Ngày chốt số liệu: {day}.</source>
      <translation> Reporting date: {day}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/round_dialogs.py" />
      <source> · căn cứ: {basis}</source>
      <translation> · basis: {basis}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/round_dialogs.py" />
      <source>&amp;Các đợt rà soát…</source>
      <translation>&amp;All review rounds…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/round_dialogs.py" />
      <source>&amp;Gia hạn</source>
      <translation>&amp;Extend</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/round_dialogs.py" />
      <source>&amp;Gia hạn đợt đang mở…</source>
      <translation>&amp;Extend the open round…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/round_dialogs.py" />
      <source>&amp;Kết thúc đợt đang mở…</source>
      <translation>&amp;Close the open round…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/round_dialogs.py" />
      <source>&amp;Mở đợt</source>
      <translation>&amp;Open round</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/round_dialogs.py" />
      <source>&amp;Mở đợt rà soát mới…</source>
      <translation>&amp;Open a new review round…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/round_dialogs.py" />
      <source>Chưa mở đợt rà soát nào (menu Đợt rà soát → Mở đợt rà soát mới).</source>
      <translation>No review round has been opened yet (menu Review rounds → Open a new review round).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/round_dialogs.py" />
      <source>Các đơn vị nhận tên đợt, văn bản căn cứ và hạn nộp qua gói tham chiếu. Mỗi lúc chỉ có một đợt đang mở.</source>
      <translation>The units receive the round name, basis document and deadline with the reference package. Only one round can be open at a time.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/round_dialogs.py" />
      <source>Các đợt rà soát</source>
      <translation>Review rounds</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/round_dialogs.py" />
      <source>Căn cứ</source>
      <translation>Basis</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/round_dialogs.py" />
      <source>Gia hạn đợt rà soát</source>
      <translation>Extend the review round</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/round_dialogs.py" />
      <source>Hạn nộp</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/round_dialogs.py" />
      <source>Không có đợt rà soát nào đang mở.</source>
      <translation>No review round is open.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/round_dialogs.py" />
      <source>Kết thúc ngày</source>
      <translation>Closed on</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/round_dialogs.py" />
      <source>Kết thúc đợt rà soát</source>
      <translation>Close the review round</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/round_dialogs.py" />
      <source>Kết thúc đợt «{name}»? Sau khi kết thúc, các gói nhận sau đó không còn được tính vào đợt này; có thể mở đợt mới.</source>
      <translation>Close round “{name}”? Once it is closed, packages received afterwards no longer count towards this round; a new round can be opened.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/round_dialogs.py" />
      <source>Mở ngày</source>
      <translation>Opened on</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/round_dialogs.py" />
      <source>Mở đợt rà soát mới</source>
      <translation>Open a new review round</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/round_dialogs.py" />
      <source>Ngày chốt số liệu</source>
      <translation>Reporting date</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/round_dialogs.py" />
      <source>Tên đợt</source>
      <translation>Round name</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/round_dialogs.py" />
      <source>Tình trạng</source>
      <translation>State</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/round_dialogs.py" />
      <source>Ví dụ: Công văn 1234/UBND-KSTT ngày 01/12/2026</source>
      <translation>Example: Official Letter 1234/UBND-KSTT dated 01/12/2026</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/round_dialogs.py" />
      <source>Ví dụ: Rà soát DVCTT năm 2026</source>
      <translation>Example: Online public service review 2026</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/round_dialogs.py" />
      <source>còn {n} ngày</source>
      <translation>{n} days left</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/round_dialogs.py" />
      <source>hết hạn hôm nay</source>
      <translation>due today</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/round_dialogs.py" />
      <source>ngày lập báo cáo</source>
      <translation>the day of the output</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/round_dialogs.py" />
      <source>Đã gia hạn đợt «{name}» đến {deadline}.</source>
      <translation>Extended round “{name}” to {deadline}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/round_dialogs.py" />
      <source>Đã kết thúc đợt «{name}».</source>
      <translation>Closed round “{name}”.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/round_dialogs.py" />
      <source>Đã mở đợt «{name}», hạn nộp {deadline}.</source>
      <translation>Opened round “{name}”, deadline {deadline}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/round_dialogs.py" />
      <source>Đổi hạn nộp của đợt đang mở (hạn hiện nay: {deadline}).</source>
      <translation>Change the deadline of the open round (current deadline: {deadline}).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/round_dialogs.py" />
      <source>Đợt rà soát «{name}»{basis} · hạn nộp {deadline} ({left}).</source>
      <translation>Review round “{name}”{basis} · deadline {deadline} ({left}).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/round_dialogs.py" />
      <source>Đợt rà soát «{name}»{basis} · hạn nộp {deadline} · đã kết thúc ngày {closed}.</source>
      <translation>Review round “{name}”{basis} · deadline {deadline} · closed on {closed}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/round_dialogs.py" />
      <source>đã quá hạn {n} ngày</source>
      <translation>{n} days overdue</translation>
    </message>
  </context>
  <context>
    <name>rules</name>
    <message>
      <location filename="resources/rulesets" />
      <source>Chưa thanh toán trực tuyến được phí, lệ phí</source>
      <translation>Fees cannot yet be paid online</translation>
    </message>
    <message>
      <location filename="resources/rulesets" />
      <source>Chưa trực tuyến</source>
      <translation>Not online</translation>
    </message>
    <message>
      <location filename="resources/rulesets" />
      <source>Các vấn đề kỹ thuật khác chưa thể xử lý được</source>
      <translation>Another technical issue not yet solvable</translation>
    </message>
    <message>
      <location filename="resources/rulesets" />
      <source>Cơ quan nhà nước phải đi thẩm tra, xác minh tại hiện trường theo quy định của pháp luật</source>
      <translation>The law requires the agency to verify on site</translation>
    </message>
    <message>
      <location filename="resources/rulesets" />
      <source>Giải quyết trên môi trường mạng, không phải đến trực tiếp hay kiểm tra thực địa</source>
      <translation>Processed online, no in-person step or on-site inspection</translation>
    </message>
    <message>
      <location filename="resources/rulesets" />
      <source>Hạn chế về hạ tầng, phần mềm chưa đáp ứng</source>
      <translation>Infrastructure or software not yet capable</translation>
    </message>
    <message>
      <location filename="resources/rulesets" />
      <source>Hồ sơ được nộp trực tuyến</source>
      <translation>The dossier is submitted online</translation>
    </message>
    <message>
      <location filename="resources/rulesets" />
      <source>Kết quả phải nhận trực tiếp, chưa trả trực tuyến hoặc qua bưu chính công ích</source>
      <translation>The result must be collected in person</translation>
    </message>
    <message>
      <location filename="resources/rulesets" />
      <source>Kết quả trả trực tuyến hoặc qua bưu chính công ích</source>
      <translation>The result is returned online or by public post</translation>
    </message>
    <message>
      <location filename="resources/rulesets" />
      <source>Một phần</source>
      <translation>Partial</translation>
    </message>
    <message>
      <location filename="resources/rulesets" />
      <source>Mức 1: chủ động nhắc việc</source>
      <translation>Level 1: remind</translation>
    </message>
    <message>
      <location filename="resources/rulesets" />
      <source>Mức 2: chủ động chuẩn bị hồ sơ</source>
      <translation>Level 2: prepare the dossier</translation>
    </message>
    <message>
      <location filename="resources/rulesets" />
      <source>Mức 3: chủ động đề xuất</source>
      <translation>Level 3: recommend</translation>
    </message>
    <message>
      <location filename="resources/rulesets" />
      <source>Mức 4: tự động thực hiện</source>
      <translation>Level 4: act automatically</translation>
    </message>
    <message>
      <location filename="resources/rulesets" />
      <source>Nghị định 224/2026/NĐ-CP, Điều 14 và Điều 16</source>
      <translation>Decree 224/2026/ND-CP, Articles 14 and 16</translation>
    </message>
    <message>
      <location filename="resources/rulesets" />
      <source>Nghị định 42/2022/NĐ-CP, Điều 11 (định nghĩa); lý do một phần: quy ước của tỉnh</source>
      <translation>Decree 42/2022/ND-CP, Article 11 (definitions); partial reasons: the province's convention</translation>
    </message>
    <message>
      <location filename="resources/rulesets" />
      <source>Nghị định số 224/2026/NĐ-CP ngày 24 tháng 6 năm 2026 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Chuyển đổi số</source>
      <translation>Decree 224/2026/ND-CP of 24 June 2026 of the Government detailing some articles of and measures to implement the Law on Digital Transformation</translation>
    </message>
    <message>
      <location filename="resources/rulesets" />
      <source>Nghị định số 42/2022/NĐ-CP ngày 24 tháng 6 năm 2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng</source>
      <translation>Decree 42/2022/ND-CP of 24 June 2022 of the Government on the provision of information and online public services by state agencies on the network</translation>
    </message>
    <message>
      <location filename="resources/rulesets" />
      <source>Phí, lệ phí (nếu có) được nộp trực tuyến</source>
      <translation>Fees, if any, are paid online</translation>
    </message>
    <message>
      <location filename="resources/rulesets" />
      <source>Phải có mặt trực tiếp hoặc nộp bản gốc theo quy định</source>
      <translation>The applicant must appear in person or hand in originals</translation>
    </message>
    <message>
      <location filename="resources/rulesets" />
      <source>Phải thẩm định, kiểm tra thực tế tại hiện trường</source>
      <translation>An on-site inspection is required</translation>
    </message>
    <message>
      <location filename="resources/rulesets" />
      <source>Quy định của pháp luật không cho phép thực hiện thủ tục trên môi trường mạng</source>
      <translation>A regulation excludes handling the procedure online</translation>
    </message>
    <message>
      <location filename="resources/rulesets" />
      <source>Quy định tổ chức, cá nhân sử dụng dịch vụ phải hiện diện tại cơ quan nhà nước</source>
      <translation>A regulation requires the applicant to be present at the agency</translation>
    </message>
    <message>
      <location filename="resources/rulesets" />
      <source>Sự cố kỹ thuật chưa thể khắc phục ngay</source>
      <translation>A technical fault that cannot be fixed at once</translation>
    </message>
    <message>
      <location filename="resources/rulesets" />
      <source>Thông tin về thủ tục được cung cấp đầy đủ trên mạng</source>
      <translation>All information about the procedure is online</translation>
    </message>
    <message>
      <location filename="resources/rulesets" />
      <source>Toàn trình</source>
      <translation>Full online</translation>
    </message>
  </context>
  <context>
    <name>rulesets</name>
    <message>
      <location filename="dvc_desktop/domain/rulesets.py" />
      <source>Không có bộ quy tắc phân loại nào có hiệu lực ngày {day}.</source>
      <translation>No classification rule set is in force on {day}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/rulesets.py" />
      <source>Không có bộ quy tắc «{code}».</source>
      <translation>There is no rule set “{code}”.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/rulesets.py" />
      <source>Lý do không xác định</source>
      <translation>Unknown reason</translation>
    </message>
  </context>
  <context>
    <name>selftest</name>
    <message>
      <location filename="dvc_desktop/selftest.py" />
      <source>Báo cáo có {pages} trang trong tệp PDF, {painted} trang được vẽ.</source>
      <translation>The PDF file has {pages} pages, but {painted} were painted.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/selftest.py" />
      <source>Báo cáo ký số không kiểm tra được: {reason}</source>
      <translation>The signed report does not check: {reason}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/selftest.py" />
      <source>Các dòng bị từ chối: {rows}</source>
      <translation>Rows rejected: {rows}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/selftest.py" />
      <source>Gói của đơn vị có {n} bản ghi, cần {expected}.</source>
      <translation>The unit's package has {n} records, expected {expected}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/selftest.py" />
      <source>Gói ghi đơn vị {sender} với {n} thủ tục.</source>
      <translation>The package names unit {sender} with {n} procedures.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/selftest.py" />
      <source>Gói không hợp lệ: {reason}</source>
      <translation>The package is not valid: {reason}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/selftest.py" />
      <source>Gói tham chiếu giao {n} thủ tục cho đơn vị, cần {expected}.</source>
      <translation>The reference package assigned {n} procedures to the unit, expected {expected}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/selftest.py" />
      <source>Gói tham chiếu mang {n} thủ tục, cần {expected}.</source>
      <translation>The reference package brought {n} procedures, expected {expected}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/selftest.py" />
      <source>Không có tệp giao diện nào trong {path}.</source>
      <translation>No form files in {path}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/selftest.py" />
      <source>Không có tệp nào trong {path}.</source>
      <translation>No files in {path}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/selftest.py" />
      <source>Không nạp được bản dịch tiếng Anh.</source>
      <translation>The English translation could not be loaded.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/selftest.py" />
      <source>Không vẽ được biểu tượng của ứng dụng.</source>
      <translation>The application icon could not be drawn.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/selftest.py" />
      <source>Không đánh dấu sẵn sàng được: {reasons}</source>
      <translation>Could not mark as ready: {reasons}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/selftest.py" />
      <source>Không đọc được các bước chuyển đổi cơ sở dữ liệu.</source>
      <translation>The database migrations could not be read.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/selftest.py" />
      <source>Nhập lại cùng một gói không được báo là đã nhập.</source>
      <translation>Importing the same package again was not reported as already imported.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/selftest.py" />
      <source>Nhập được {n} thủ tục, cần {expected}.</source>
      <translation>Imported {n} procedures, expected {expected}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/selftest.py" />
      <source>Qt không đọc được ảnh SVG (thiếu plugin imageformats/qsvg).</source>
      <translation>Qt cannot read SVG images (the imageformats/qsvg plugin is missing).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/selftest.py" />
      <source>Thiếu thư viện kết nối PostgreSQL (libpq {version}, {impl}).</source>
      <translation>The PostgreSQL client library is missing (libpq {version}, {impl}).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/selftest.py" />
      <source>Thiếu tệp: {files}</source>
      <translation>Missing files: {files}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/selftest.py" />
      <source>Tệp báo cáo không phải PDF.</source>
      <translation>The report file is not a PDF.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/selftest.py" />
      <source>Tệp giao diện {name} hỏng: {error}</source>
      <translation>The form file {name} is damaged: {error}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/selftest.py" />
      <source>Tỉnh chưa tin cậy khóa của đơn vị.</source>
      <translation>The province does not trust the unit's key.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/selftest.py" />
      <source>Tỉnh không nhập được gói: {reason}</source>
      <translation>The province could not import the package: {reason}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/selftest.py" />
      <source>Tỉnh nhận {n} phân loại, cần {expected}.</source>
      <translation>The province received {n} classifications, expected {expected}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/selftest.py" />
      <source>Tự kiểm tra KHÔNG ĐẠT: {failed} bước lỗi, {passed} bước đạt ({seconds} giây).</source>
      <translation>Self-test FAILED: {failed} steps failed, {passed} passed ({seconds} seconds).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/selftest.py" />
      <source>Tự kiểm tra đạt: {passed} bước, {seconds} giây.</source>
      <translation>Self-test passed: {passed} steps, {seconds} seconds.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/selftest.py" />
      <source>báo cáo PDF</source>
      <translation>PDF report</translation>
    </message>
    <message>
      <location filename="dvc_desktop/selftest.py" />
      <source>gói tham chiếu: xuất và nhập</source>
      <translation>reference package: export and import</translation>
    </message>
    <message>
      <location filename="dvc_desktop/selftest.py" />
      <source>kho dữ liệu của tỉnh và của đơn vị</source>
      <translation>province and department stores</translation>
    </message>
    <message>
      <location filename="dvc_desktop/selftest.py" />
      <source>khóa ký và tin cậy khóa</source>
      <translation>signing keys and trust</translation>
    </message>
    <message>
      <location filename="dvc_desktop/selftest.py" />
      <source>kiểm tra gói</source>
      <translation>package verification</translation>
    </message>
    <message>
      <location filename="dvc_desktop/selftest.py" />
      <source>ký số bằng chứng thư và kiểm tra PDF</source>
      <translation>signing with a certificate and checking the PDF</translation>
    </message>
    <message>
      <location filename="dvc_desktop/selftest.py" />
      <source>nhập danh mục từ Excel</source>
      <translation>catalogue import from Excel</translation>
    </message>
    <message>
      <location filename="dvc_desktop/selftest.py" />
      <source>nhập gói tại tỉnh</source>
      <translation>package import at the province</translation>
    </message>
    <message>
      <location filename="dvc_desktop/selftest.py" />
      <source>phân loại thủ tục</source>
      <translation>classifying procedures</translation>
    </message>
    <message>
      <location filename="dvc_desktop/selftest.py" />
      <source>trình kết nối máy chủ PostgreSQL</source>
      <translation>the PostgreSQL server driver</translation>
    </message>
    <message>
      <location filename="dvc_desktop/selftest.py" />
      <source>tài nguyên đi kèm</source>
      <translation>bundled resources</translation>
    </message>
    <message>
      <location filename="dvc_desktop/selftest.py" />
      <source>xuất gói của đơn vị</source>
      <translation>package export by the unit</translation>
    </message>
    <message>
      <location filename="dvc_desktop/selftest.py" />
      <source>xóa thư mục tạm</source>
      <translation>removing the temporary folder</translation>
    </message>
    <message>
      <location filename="dvc_desktop/selftest.py" />
      <source>Đã phân loại {classified}, sẵn sàng {ready}, cần {expected}.</source>
      <translation>Classified {classified}, ready {ready}, expected {expected}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/selftest.py" />
      <source>Đơn vị không nhận được đợt rà soát và hạn nộp từ gói tham chiếu.</source>
      <translation>The unit did not receive the review round and its deadline from the reference package.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/selftest.py" />
      <source>Đơn vị không nhập được gói tham chiếu: {reason}</source>
      <translation>The unit could not import the reference package: {reason}</translation>
    </message>
  </context>
  <context>
    <name>server</name>
    <message>
      <location filename="dvc_desktop/services/server.py" />
      <source>Cơ sở dữ liệu còn trống: lần mở đầu tiên sẽ tạo cấu trúc kho (hoặc chuyển kho hiện có lên bằng migrate-store).</source>
      <translation>The database is empty: the first opening creates the store (or move an existing store there with migrate-store).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/server.py" />
      <source>Cơ sở dữ liệu không dùng bảng mã UTF8; hãy tạo lại (xem docs/server.md).</source>
      <translation>The database does not use the UTF8 encoding; create it again (see docs/server.md).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/server.py" />
      <source>Cơ sở dữ liệu đã có bảng của chương trình khác; hãy dùng một cơ sở dữ liệu trống.</source>
      <translation>The database holds another program's tables; use an empty database.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/server.py" />
      <source>Kho dữ liệu cùng phiên bản, sẵn sàng dùng.</source>
      <translation>A store of this version, ready to use.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/server.py" />
      <source>Kho dữ liệu do phiên bản DVC Desktop mới hơn tạo (cấu trúc {revision}); hãy cài phiên bản mới nhất.</source>
      <translation>The store was made by a newer version of DVC Desktop (schema {revision}); install the latest version.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/server.py" />
      <source>Kho dữ liệu ở cấu trúc cũ {revision}; sẽ được nâng cấp khi mở (hãy sao lưu trước).</source>
      <translation>The store has the older schema {revision}; it is upgraded when opened (back it up first).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/server.py" />
      <source>Không có kho dữ liệu SQLite tại {path} để chuyển.</source>
      <translation>There is no SQLite store at {path} to move.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/server.py" />
      <source>Không kết nối được tới {url}: {detail}</source>
      <translation>Could not connect to {url}: {detail}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/server.py" />
      <source>Đã kết nối tới PostgreSQL {version}.</source>
      <translation>Connected to PostgreSQL {version}.</translation>
    </message>
  </context>
  <context>
    <name>server_settings</name>
    <message>
      <location filename="dvc_desktop/gui/server_settings.py" />
      <source>&amp;Lưu</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/server_settings.py" />
      <source>Chưa có địa chỉ máy chủ: máy này dùng kho của mình.</source>
      <translation>No server address: this computer uses its own store.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/server_settings.py" />
      <source>Hủy</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/server_settings.py" />
      <source>Mở lại ứng dụng để dùng kho mới.</source>
      <translation>Open the application again to use the new store.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/server_settings.py" />
      <source>Đang kết nối…</source>
      <translation>Connecting…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/server_settings.py" />
      <source>Đã lưu. Tên cán bộ ghi vào nhật ký: {name}.</source>
      <translation>Saved. Staff name recorded in the audit log: {name}.</translation>
    </message>
  </context>
  <context>
    <name>settings</name>
    <message>
      <location filename="dvc_desktop/services/status.py" />
      <source>Dữ liệu chưa được khởi tạo: hãy chạy `dvc-desktop init` hoặc `dvc-desktop demo`.</source>
      <translation>The data has not been initialised: run `dvc-desktop init` or `dvc-desktop demo`.</translation>
    </message>
  </context>
  <context>
    <name>setup</name>
    <message>
      <location filename="dvc_desktop/services/setup.py" />
      <source>Dữ liệu đã được khởi tạo cho đơn vị {code} ({name}); không khởi tạo lại.</source>
      <translation>The data has already been initialised for unit {code} ({name}); it will not be initialised again.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/setup.py" />
      <source>Tên đơn vị đang để trống.</source>
      <translation>The unit name is empty.</translation>
    </message>
  </context>
  <context>
    <name>status</name>
    <message>
      <location filename="dvc_desktop/services/status.py" />
      <source>Không có đơn vị mã {code}.</source>
      <translation>There is no unit with code {code}.</translation>
    </message>
  </context>
  <context>
    <name>store</name>
    <message>
      <location filename="dvc_desktop/store/disk.py" />
      <source> (còn trống {mb} MB ở {folder})</source>
      <translation> ({mb} MB free in {folder})</translation>
    </message>
    <message>
      <location filename="dvc_desktop/store/backup.py" />
      <source>Bản sao lưu không toàn vẹn: {verdict}</source>
      <translation>The backup is not intact: {verdict}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/store/integrity.py" />
      <source>Bản sao lưu mới nhất: {path} (lúc {made}). Khôi phục bằng lệnh: dvc-desktop restore "{path}".</source>
      <translation>Newest backup: {path} (made {made}). Restore it with: dvc-desktop restore "{path}".</translation>
    </message>
    <message>
      <location filename="dvc_desktop/store/transfer.py" />
      <source>Bảng {table} chép lên máy chủ không khớp ({rows} dòng, tổng kiểm {sum} so với {their_rows} dòng, {their_sum}); không có gì được ghi.</source>
      <translation>The table {table} copied onto the server does not match ({rows} rows, checksum {sum} against {their_rows} rows, {their_sum}); nothing was written.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/store/server.py" />
      <source>Chỉ dùng được máy chủ PostgreSQL (postgresql+psycopg://…), không phải {url}.</source>
      <translation>Only a PostgreSQL server can be used (postgresql+psycopg://…), not {url}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/store/migrate.py" />
      <source>Cơ sở dữ liệu {path} không dùng bảng mã UTF8; hãy tạo lại với ENCODING 'UTF8' (xem docs/server.md).</source>
      <translation>The database {path} does not use the UTF8 encoding; create it again with ENCODING 'UTF8' (see docs/server.md).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/store/migrate.py" />
      <source>Cơ sở dữ liệu {path} đã có bảng của chương trình khác; DVC Desktop không dùng và không thay đổi gì. Hãy tạo một cơ sở dữ liệu trống (xem docs/server.md).</source>
      <translation>The database {path} holds another program's tables; DVC Desktop does not use it and changed nothing. Create an empty database (see docs/server.md).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/store/transfer.py" />
      <source>Cơ sở dữ liệu {url} đã có dữ liệu của DVC Desktop; chỉ chuyển được vào một cơ sở dữ liệu trống (không ghi đè).</source>
      <translation>The database {url} already holds DVC Desktop data; a store can only be moved into an empty database (nothing is overwritten).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/store/lock.py" />
      <source>Dữ liệu tại {path} đang bị khóa bởi máy {host} (tiến trình {pid}) từ {since}. Máy này không kiểm tra được phiên trên máy khác. Nếu chắc chắn máy {host} không còn mở dữ liệu này (ví dụ thư mục được chép từ máy đó sang), hãy giành lại khóa: trong cửa sổ bấm «Giành lại khóa…», hoặc chạy lệnh với --take-over-lock.</source>
      <translation>The data at {path} is locked by the computer {host} (process {pid}) since {since}. This computer cannot check a session on another one. If you are sure {host} no longer has this data open (for example the folder was copied from it), take the lock over: «Take over the lock…» in the window, or run the command with --take-over-lock.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/store/lock.py" />
      <source>Dữ liệu tại {path} đang được một phiên DVC Desktop khác sử dụng (tiến trình {pid} trên máy {host}). Hãy đóng phiên đó rồi thử lại.</source>
      <translation>The data at {path} is in use by another DVC Desktop session (process {pid} on host {host}). Close that session and try again.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/store/database.py" />
      <source>Dữ liệu tại {path} đang được một phiên khác mở, với phiên bản lược đồ {revision} (bản này cần {head}). Hãy đóng phiên đó rồi chạy lại lệnh.</source>
      <translation>The data at {path} is open in another session, at schema revision {revision} (this version needs {head}). Close that session, then run the command again.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/store/database.py" />
      <source>Dữ liệu tại {path} đang được một phiên khác tạo lập; hãy chờ phiên đó mở xong rồi chạy lại lệnh.</source>
      <translation>The data at {path} is being created by another session; wait until it has opened, then run the command again.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/store/integrity.py" />
      <source>Kho dữ liệu {path} bị hỏng (SQLite không đọc được một phần tệp). Đừng tiếp tục làm việc trên kho này. {advice}</source>
      <translation>The store {path} is damaged (SQLite cannot read part of the file). Do not go on working in it. {advice}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/store/migrate.py" />
      <source>Kho dữ liệu {path} có cấu trúc {revision}, do một phiên bản DVC Desktop mới hơn tạo ra; phiên bản đang chạy (cấu trúc {head}) không đọc được kho này và không thay đổi gì. Hãy cài phiên bản DVC Desktop mới nhất.</source>
      <translation>The store {path} has schema {revision}, made by a newer version of DVC Desktop; the running version (schema {head}) cannot read it and changes nothing. Install the newest DVC Desktop.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/store/transfer.py" />
      <source>Kho {path} ở cấu trúc {revision}; hãy mở kho bằng phiên bản này một lần (để nâng cấp) rồi chuyển lên máy chủ.</source>
      <translation>The store {path} has the schema {revision}; open it once with this version (to upgrade it), then move it onto the server.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/store/server.py" />
      <source>Không ghi mật khẩu trong địa chỉ máy chủ: DVC Desktop không lưu mật khẩu. Hãy đặt mật khẩu vào tệp pgpass (hoặc biến PGPASSWORD), xem docs/server.md.</source>
      <translation>Do not put the password in the server address: DVC Desktop does not keep passwords. Put it in the pgpass file (or PGPASSWORD), see docs/server.md.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/store/integrity.py" />
      <source>Không thấy bản sao lưu nào trong {folder}; nếu có bản sao lưu ở nơi khác, khôi phục bằng lệnh: dvc-desktop restore TỆP-SAO-LƯU.sqlite</source>
      <translation>No backup found in {folder}; if you have one elsewhere, restore it with: dvc-desktop restore BACKUP-FILE.sqlite</translation>
    </message>
    <message>
      <location filename="dvc_desktop/store/server.py" />
      <source>Không tìm thấy pg_dump (công cụ sao lưu của PostgreSQL) trên máy này. Hãy cài bộ công cụ khách PostgreSQL (cùng phiên bản máy chủ trở lên) rồi chạy lại, hoặc sao lưu trên máy chủ bằng lệnh: {command}</source>
      <translation>pg_dump (PostgreSQL's backup tool) was not found on this computer. Install the PostgreSQL client tools (the server's version or newer) and run again, or back up on the server with: {command}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/store/lock.py" />
      <source>Không tạo được tệp khóa {path}: không có quyền ghi vào thư mục.</source>
      <translation>Could not create the lock file {path}: no permission to write in the folder.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/store/lock.py" />
      <source>Không tạo được tệp khóa {path}: {reason}</source>
      <translation>Could not create the lock file {path}: {reason}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/store/server.py" />
      <source>Mất kết nối tới máy chủ cơ sở dữ liệu {url}; thao tác chưa được ghi (không có gì ghi dở). Hãy kiểm tra mạng rồi thử lại. ({detail})</source>
      <translation>Lost the connection to the database server {url}; nothing was recorded (nothing half-written). Check the network and try again. ({detail})</translation>
    </message>
    <message>
      <location filename="dvc_desktop/store/network.py" />
      <source>Thư mục dữ liệu {path} nằm trên thư mục mạng hoặc thư mục dùng chung ({kind}). Kho dữ liệu của DVC Desktop phải ở trên ổ đĩa của chính máy này: qua mạng, hai máy cùng mở một kho có thể làm hỏng dữ liệu, và khóa của máy khác không tự gỡ được. Mỗi máy một kho dữ liệu (chọn thư mục trên ổ C: hoặc ổ đĩa gắn vào máy); muốn nhiều máy dùng chung, hãy dùng máy chủ dùng chung của Văn phòng UBND tỉnh.</source>
      <translation>The data folder {path} is on a network or shared folder ({kind}). A DVC Desktop store must be on this computer's own disk: over a network, two computers opening one store can damage it, and another computer's lock cannot be cleared by itself. One store per computer (choose a folder on drive C: or a disk attached to this computer); for several computers to share, use the provincial office's shared server.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/store/text_guard.py" />
      <source>Trường {column} (bảng {table})</source>
      <translation>Field {column} (table {table})</translation>
    </message>
    <message>
      <location filename="dvc_desktop/store/backup.py" />
      <source>Tệp sao lưu không được trùng với tệp dữ liệu đang dùng.</source>
      <translation>The backup file must not be the data file in use.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/store/migrate.py" />
      <source>Tệp {path} không phải cơ sở dữ liệu của DVC Desktop (không phải tệp SQLite); tệp được giữ nguyên.</source>
      <translation>{path} is not a DVC Desktop store (not an SQLite file); the file is left as it is.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/store/migrate.py" />
      <source>Tệp {path} không phải cơ sở dữ liệu của DVC Desktop.</source>
      <translation>The file {path} is not a DVC Desktop database.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/store/migrate.py" />
      <source>Tệp {path} không phải cơ sở dữ liệu của DVC Desktop; tệp được giữ nguyên.</source>
      <translation>{path} is not a DVC Desktop database; the file is left as it is.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/store/protected.py" />
      <source>kho dữ liệu</source>
      <translation>store</translation>
    </message>
    <message>
      <location filename="dvc_desktop/store/server.py" />
      <source>pg_dump không sao lưu được kho trên máy chủ: {detail}</source>
      <translation>pg_dump could not back up the store on the server: {detail}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/store/protected.py" />
      <source>thư mục khóa ký</source>
      <translation>signing keys folder</translation>
    </message>
    <message>
      <location filename="dvc_desktop/store/protected.py" />
      <source>thư mục sao lưu tự động</source>
      <translation>automatic backups folder</translation>
    </message>
    <message>
      <location filename="dvc_desktop/store/protected.py" />
      <source>tệp khóa dữ liệu</source>
      <translation>data lock file</translation>
    </message>
    <message>
      <location filename="dvc_desktop/store/server.py" />
      <source>Địa chỉ máy chủ không hợp lệ: {url}. Dạng đúng: postgresql+psycopg://người_dùng@máy_chủ/cơ_sở_dữ_liệu</source>
      <translation>Invalid server address: {url}. The form is: postgresql+psycopg://user@host/database</translation>
    </message>
    <message>
      <location filename="dvc_desktop/store/server.py" />
      <source>Địa chỉ máy chủ thiếu tên cơ sở dữ liệu (…/tên_cơ_sở_dữ_liệu): {url}</source>
      <translation>The server address lacks the database name (…/database): {url}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/store/network.py" />
      <source>đường dẫn mạng</source>
      <translation>network path</translation>
    </message>
    <message>
      <location filename="dvc_desktop/store/disk.py" />
      <source>Ổ đĩa đã đầy: cần thêm dung lượng trống{free}. Dữ liệu trước đó vẫn nguyên vẹn; hãy giải phóng dung lượng rồi làm lại.</source>
      <translation>The disk is full: more free space is needed{free}. The data saved before is intact; free some space and try again.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/store/network.py" />
      <source>ổ mạng {drive}</source>
      <translation>network drive {drive}</translation>
    </message>
  </context>
  <context>
    <name>table</name>
    <message>
      <location filename="dvc_desktop/gui/procedure_model.py" />
      <source>Cấp</source>
      <translation>Level</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/procedure_model.py" />
      <source>Hình thức</source>
      <translation>Form</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/procedure_model.py" />
      <source>Lý do</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/procedure_model.py" />
      <source>Lĩnh vực</source>
      <translation>Sector</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/procedure_model.py" />
      <source>Mã TTHC</source>
      <translation>Procedure code</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/procedure_model.py" />
      <source>Sửa lần cuối</source>
      <translation>Last edited</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/procedure_model.py" />
      <source>Trạng thái</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/procedure_model.py" />
      <source>Tên thủ tục</source>
      <translation>Procedure name</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/consolidated_model.py" />
      <source>Xem xét</source>
      <translation>Review</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/consolidated_model.py" />
      <source>Đơn vị</source>
      <translation>Unit</translation>
    </message>
  </context>
  <context>
    <name>text</name>
    <message>
      <location filename="dvc_desktop/domain/text.py" />
      <source>ký tự điều khiển hướng chữ, có thể làm đảo thứ tự hiển thị</source>
      <translation>a bidirectional control character, which can reorder what is displayed</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/text.py" />
      <source>ký tự điều khiển, không hiển thị được</source>
      <translation>a control character, which cannot be displayed</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/text.py" />
      <source>nửa cặp thay thế UTF-16, không phải ký tự</source>
      <translation>half of a UTF-16 surrogate pair, not a character</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/text.py" />
      <source>tab hoặc xuống dòng, không được dùng trong trường một dòng</source>
      <translation>a tab or line break, not allowed in a one-line field</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/text.py" />
      <source>{where}: có ký tự {character} ở vị trí {position}. Hãy xóa ký tự này rồi nhập lại.</source>
      <translation>{where}: character {character} at position {position}. Remove it and enter the text again.</translation>
    </message>
  </context>
  <context>
    <name>trust</name>
    <message>
      <location filename="dvc_desktop/gui/trust_dialog.py" />
      <source>&amp;Các khóa được tin cậy…</source>
      <translation>&amp;Trusted keys…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/trust_dialog.py" />
      <source>&amp;Xác nhận tin cậy</source>
      <translation>Confirm &amp;trust</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/trust_dialog.py" />
      <source>(chưa đọc tệp khóa)</source>
      <translation>(no key file read yet)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/trust_dialog.py" />
      <source>Gói {file} chưa nhập được: {reason}</source>
      <translation>Package {file} could not be imported: {reason}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/trust_dialog.py" />
      <source>Gói {file} của {who} chưa nhập được: {reason}</source>
      <translation>Package {file} from {who} could not be imported: {reason}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/trust_dialog.py" />
      <source>Khóa công khai của đơn vị</source>
      <translation>The unit's public key</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/trust_dialog.py" />
      <source>Khóa công khai minisign (*.pub)</source>
      <translation>minisign public key (*.pub)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/trust_dialog.py" />
      <source>Nếu đơn vị đã gửi tệp khóa công khai, chọn tệp đó và đơn vị, đối chiếu dấu vân tay qua điện thoại rồi xác nhận: gói sẽ được kiểm tra lại. Bấm Hủy để xem kết quả kiểm tra mà không tin cậy khóa nào.</source>
      <translation>If the unit has sent its public key file, choose that file and the unit, compare the fingerprint by phone, then confirm: the package will be checked again. Click Cancel to see the check results without trusting any key.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/trust_dialog.py" />
      <source>Thu hồi khóa</source>
      <translation>Revoke key</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/trust_dialog.py" />
      <source>Thu hồi khóa {key} của đơn vị {unit}? Các gói ký bằng khóa này sẽ không được nhận nữa.</source>
      <translation>Revoke key {key} of unit {unit}? Packages signed with this key will no longer be accepted.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/trust_dialog.py" />
      <source>Tin cậy &amp;khóa của một đơn vị…</source>
      <translation>Trust a unit's &amp;key…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/trust_dialog.py" />
      <source>Ví dụ: so tu phap</source>
      <translation>Example: so tu phap</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/trust_dialog.py" />
      <source>Đã thu hồi khóa {key} của đơn vị {unit}.</source>
      <translation>Revoked key {key} of unit {unit}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/trust_dialog.py" />
      <source>Đã tin cậy khóa {key} cho đơn vị {unit}.</source>
      <translation>Key {key} is now trusted for unit {unit}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/trust_dialog.py" />
      <source>Đường dẫn tệp .pub, hoặc bấm Chọn tệp…</source>
      <translation>Path of the .pub file, or click Choose file…</translation>
    </message>
  </context>
  <context>
    <name>undo</name>
    <message>
      <location filename="dvc_desktop/services/undo.py" />
      <source>Không hoàn tác được: {what} đã thay đổi sau thao tác này (do nhập gói hoặc một thay đổi khác); dữ liệu giữ nguyên.</source>
      <translation>Cannot undo: {what} changed after this action (a package import or another change); nothing was changed.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/undo.py" />
      <source>Không làm lại được: {what} đã thay đổi sau khi hoàn tác (do nhập gói hoặc một thay đổi khác); dữ liệu giữ nguyên.</source>
      <translation>Cannot redo: {what} changed after the undo (a package import or another change); nothing was changed.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/undo.py" />
      <source>danh mục tham chiếu</source>
      <translation>the reference catalogue</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/undo.py" />
      <source>một số thủ tục (không còn trong danh mục của đơn vị)</source>
      <translation>some procedures (no longer in the unit's catalogue)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/undo.py" />
      <source>thủ tục {codes}</source>
      <translation>procedure {codes}</translation>
    </message>
  </context>
  <context>
    <name>unit_dialogs</name>
    <message>
      <location filename="dvc_desktop/gui/unit_dialogs.py" />
      <source>&amp;Giải thể / sáp nhập</source>
      <translation>&amp;Dissolve / merge</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/unit_dialogs.py" />
      <source>Giải thể hoặc sáp nhập: {name} ({code})</source>
      <translation>Dissolve or merge: {name} ({code})</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/unit_dialogs.py" />
      <source>Theo cấp (Sở, ban, ngành ở cấp tỉnh; UBND xã ở cấp xã)</source>
      <translation>By level (department or agency at provincial level; commune People's Committee at commune level)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/unit_dialogs.py" />
      <source>Thêm</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/unit_dialogs.py" />
      <source>Thêm đơn vị</source>
      <translation>Add unit</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/unit_dialogs.py" />
      <source>Ví dụ: an binh</source>
      <translation>Example: an binh</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/unit_dialogs.py" />
      <source>Đổi tên</source>
      <translation>Rename</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/unit_dialogs.py" />
      <source>Đổi tên đơn vị</source>
      <translation>Rename unit</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/unit_dialogs.py" />
      <source>— Không có đơn vị tiếp nhận (giải thể) —</source>
      <translation>— No successor unit (dissolved) —</translation>
    </message>
  </context>
  <context>
    <name>units</name>
    <message>
      <location filename="dvc_desktop/domain/units.py" />
      <source>Cây đơn vị có vòng lặp tại «{code}».</source>
      <translation>The unit tree has a cycle at “{code}”.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/units.py" />
      <source>Cây đơn vị phải có đúng một gốc (cấp tỉnh).</source>
      <translation>The unit tree must have exactly one root (provincial level).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/units.py" />
      <source>Cấp huyện chấm dứt hoạt động từ 1/7/2025 (Luật số 72/2025/QH15): không thêm đơn vị cấp huyện mới; dùng tinh (cấp tỉnh) hoặc xa (cấp xã).</source>
      <translation>The district level ceased on 1/7/2025 (Law 72/2025/QH15): no new district units; use tinh (province level) or xa (commune level).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/units.py" />
      <source>Cấp thực hiện «{value}» không có trong danh sách cấp.</source>
      <translation>Executing level “{value}” is not in the list of levels.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/units.py" />
      <source>Cấp «{level}» không hợp lệ: dùng tinh (cấp tỉnh) hoặc xa (cấp xã).</source>
      <translation>Level “{level}” is invalid: use tinh (provincial level) or xa (commune level).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/units.py" />
      <source>Không có đơn vị {code} trong danh sách đơn vị của tỉnh.</source>
      <translation>There is no unit {code} in the province's list of units.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/units.py" />
      <source>Không giải thể được đơn vị {code}: đó là UBND tỉnh hoặc chính Văn phòng.</source>
      <translation>Unit {code} cannot be dissolved: it is the Provincial People's Committee or the office itself.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/units.py" />
      <source>Loại đơn vị phải là department (Sở, ban, ngành) hoặc commune (UBND xã).</source>
      <translation>The unit type must be department (department or agency) or commune (commune People's Committee).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/units.py" />
      <source>Mã {code} thuộc tỉnh {other}, không phải tỉnh {province}.</source>
      <translation>Code {code} belongs to province {other}, not province {province}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/units.py" />
      <source>Mã đơn vị «{code}» bị trùng.</source>
      <translation>Unit code “{code}” is duplicated.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/units.py" />
      <source>Mã định danh đơn vị đang để trống.</source>
      <translation>The unit identifier is empty.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/units.py" />
      <source>Thao tác «{action}» chỉ dành cho Văn phòng UBND tỉnh (vai trò province).</source>
      <translation>The action “{action}” is only for the provincial office (role province).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/units.py" />
      <source>Tên đơn vị dài {n} ký tự, tối đa {limit}: «{start}…».</source>
      <translation>The unit's name is {n} characters long, at most {limit}: «{start}…».</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/units.py" />
      <source>Tên đơn vị đang để trống.</source>
      <translation>The unit name is empty.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/units.py" />
      <source>«{value}» không phải mã định danh đơn vị (cần dạng 000.00.13.{province}).</source>
      <translation>“{value}” is not a unit identifier (expected the form 000.00.13.{province}).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/units.py" />
      <source>Đơn vị tiếp nhận {code} phải là một đơn vị khác, đang hoạt động.</source>
      <translation>The successor unit {code} must be another unit that is still active.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/units.py" />
      <source>Đơn vị {code} đã có trong danh sách; đổi tên bằng `units rename`.</source>
      <translation>Unit {code} is already in the list; rename it with `units rename`.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/units.py" />
      <source>Đơn vị {code} đã giải thể hoặc sáp nhập từ ngày {day}.</source>
      <translation>Unit {code} has been dissolved or merged since {day}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/units.py" />
      <source>Đơn vị «{code}» trỏ tới đơn vị cấp trên «{parent}» không tồn tại.</source>
      <translation>Unit “{code}” points to a parent unit “{parent}” that does not exist.</translation>
    </message>
  </context>
  <context>
    <name>units_screen</name>
    <message>
      <location filename="dvc_desktop/gui/units_screen.py" />
      <source>&amp;Giải thể / sáp nhập đơn vị đang chọn…</source>
      <translation>&amp;Dissolve / merge the selected unit…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/units_screen.py" />
      <source>&amp;Nhập danh sách đơn vị từ Excel…</source>
      <translation>&amp;Import the units list from Excel…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/units_screen.py" />
      <source>&amp;Thêm đơn vị…</source>
      <translation>&amp;Add unit…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/units_screen.py" />
      <source>Chọn một đơn vị trong bảng Đơn vị trước.</source>
      <translation>Select a unit in the Units table first.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/units_screen.py" />
      <source>Nhập danh sách đơn vị</source>
      <translation>Import units list</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/units_screen.py" />
      <source>Đã ghi nhận đơn vị {code} giải thể / sáp nhập.</source>
      <translation>Recorded unit {code} as dissolved / merged.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/units_screen.py" />
      <source>Đã thêm đơn vị {name} ({code}).</source>
      <translation>Added unit {name} ({code}).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/units_screen.py" />
      <source>Đã đổi tên đơn vị {code} thành {name}.</source>
      <translation>Renamed unit {code} to {name}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/units_screen.py" />
      <source>Đổ&amp;i tên đơn vị đang chọn…</source>
      <translation>&amp;Rename the selected unit…</translation>
    </message>
  </context>
  <context>
    <name>websites</name>
    <message>
      <location filename="dvc_desktop/domain/websites.py" />
      <source> Kế hoạch hoàn thành {day} chỉ để theo dõi.</source>
      <translation> The plan's target date {day} is for information only.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/websites_panel.py" />
      <source>Chưa</source>
      <translation>Not yet</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/websites.py" />
      <source>Chưa có kế hoạch chuyển thành thành phần của Cổng tỉnh.</source>
      <translation>No plan to become a component of the province's portal.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/websites_panel.py" />
      <source>Chưa có tên miền Cổng tỉnh để đối chiếu.</source>
      <translation>No provincial portal domain to check against.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/websites.py" />
      <source>Chưa dùng IPv6 (khoản 4 Điều 11 Nghị định 224/2026).</source>
      <translation>Not on IPv6 yet (Decree 224/2026, Art. 11.4).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/websites.py" />
      <source>Chưa là thành phần của Cổng tỉnh: không đáp ứng khoản 1 Điều 11 Nghị định 224/2026 (từ 01/07/2026).</source>
      <translation>Not yet a component of the province's portal: does not meet Decree 224/2026, Art. 11.1 (from 01/07/2026).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/websites_panel.py" />
      <source>Chưa rõ</source>
      <translation>Not known</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/websites_panel.py" />
      <source>Có</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/websites.py" />
      <source>Cổng của tỉnh phải dùng tên miền {domain}.</source>
      <translation>The provincial portal must use the domain {domain}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/websites.py" />
      <source>Cổng của {name} phải dùng tên miền {domain} (tên đầy đủ không dấu, điểm b khoản 4 Điều 11 Nghị định 224/2026).</source>
      <translation>The portal of {name} must use the domain {domain} (full name without diacritics, Decree 224/2026, Art. 11.4.b).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/websites.py" />
      <source>Cổng tỉnh chưa ghi ngày kết nối Nền tảng thống kê, đo lường, giám sát, đánh giá (khoản 3 Điều 11).</source>
      <translation>The province's portal has no date of connection to the national measurement platform (Art. 11.3).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/websites.py" />
      <source>Ghi là thành phần của Cổng tỉnh nhưng tên miền nằm ngoài tên miền của tỉnh: mâu thuẫn, cần kiểm tra lại.</source>
      <translation>Marked as a component of the province's portal but its domain is outside the province's domain: a contradiction to check.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/websites.py" />
      <source>Kế hoạch chuyển đổi chưa có ngày hoàn thành.</source>
      <translation>The conversion plan has no target date.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/websites.py" />
      <source>Trang này không còn trong danh sách.</source>
      <translation>This website is no longer in the list.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/websites.py" />
      <source>Tên miền của xã phải là tên đầy đủ không dấu: {label}.{domain} (có thể thêm xa, phuong, dackhu phía trước), không phải «{host}».</source>
      <translation>A commune's domain must be its full name without diacritics: {label}.{domain} (xa, phuong or dackhu may precede it), not «{host}».</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/websites.py" />
      <source>Tên miền «{host}» không đúng quy định: cần dạng tendonvi{suffix} (một nhãn chữ thường không dấu trước tên miền của tỉnh).</source>
      <translation>Domain “{host}” does not follow the rule: it must look like unitname{suffix} (one lower-case label without diacritics before the province's domain).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/websites.py" />
      <source>Tên miền «{host}» phải viết bằng tiếng Việt không dấu.</source>
      <translation>Domain “{host}” must be written without Vietnamese diacritics.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/websites.py" />
      <source>Tên trang đang để trống.</source>
      <translation>The website name is empty.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/websites_panel.py" />
      <source>Xóa trang</source>
      <translation>Delete website</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/websites_panel.py" />
      <source>Xóa trang «{name}» khỏi danh sách?</source>
      <translation>Delete website “{name}” from the list?</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/websites.py" />
      <source>Đã quá hạn chuyển đổi ({day}).</source>
      <translation>The conversion target date has passed ({day}).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/websites_panel.py" />
      <source>Đúng quy định tên miền.</source>
      <translation>The domain name follows the rule.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/websites_panel.py" />
      <source>Đạt</source>
      <translation>OK</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/websites.py" />
      <source>Địa chỉ trang đang để trống.</source>
      <translation>The website address is empty.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/domain/websites.py" />
      <source>Địa chỉ «{url}» không đọc được tên miền.</source>
      <translation>No domain name can be read from the address “{url}”.</translation>
    </message>
  </context>
  <context>
    <name>window</name>
    <message>
      <location filename="dvc_desktop/gui/status_strip.py" />
      <source> · {n} thủ tục bị trả lại</source>
      <translation> · {n} procedures returned</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/status_strip.py" />
      <source>%p% sẵn sàng</source>
      <translation>%p% ready</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>&amp;Bỏ thay đổi</source>
      <translation>&amp;Discard the change</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>&amp;Cài đặt…</source>
      <translation>&amp;Settings…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>&amp;Gói</source>
      <translation>Pac&amp;kages</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/undo_controller.py" />
      <source>&amp;Hoàn tác</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/undo_controller.py" />
      <source>&amp;Hoàn tác {what}</source>
      <translation>&amp;Undo {what}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/undo_controller.py" />
      <source>&amp;Làm lại</source>
      <translation>&amp;Redo</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/undo_controller.py" />
      <source>&amp;Làm lại {what}</source>
      <translation>&amp;Redo {what}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>&amp;Lịch sử sửa đổi</source>
      <translation>Revision &amp;history</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>&amp;Nhập danh mục TTHC từ Excel…</source>
      <translation>&amp;Import procedure catalogue from Excel…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>&amp;Nhập gói của tỉnh (tham chiếu, biên nhận)…</source>
      <translation>&amp;Import province packages (reference, receipt)…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>&amp;Phân loại các thủ tục đã chọn…</source>
      <translation>&amp;Classify selected procedures…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>&amp;Sao lưu dữ liệu…</source>
      <translation>&amp;Back up data…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>&amp;Sửa</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>&amp;Sửa tiếp</source>
      <translation>&amp;Keep editing</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>&amp;Thoát</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>&amp;Thêm từ danh mục tham chiếu…</source>
      <translation>&amp;Add from reference catalogue…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>&amp;Tìm thủ tục</source>
      <translation>&amp;Find procedure</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>&amp;Tạo khóa ký hoặc khóa thay thế…</source>
      <translation>&amp;Create the signing key or a replacement…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>&amp;Tệp</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>&amp;Xuất các dòng đã chọn ra Excel…</source>
      <translation>&amp;Export selected rows to Excel…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>&amp;Xuất gói gửi tỉnh…</source>
      <translation>&amp;Export package for the province…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>&amp;Xóa khỏi danh mục của đơn vị…</source>
      <translation>&amp;Remove from the unit's catalogue…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>Chưa có gói tham chiếu của tỉnh: danh mục thủ tục, danh sách đơn vị và hạn nộp đều đến từ gói đó. Văn phòng UBND tỉnh gửi tệp .dvcpkg; hãy nhập nó.</source>
      <translation>No reference package from the province yet: the procedure catalogue, the units and the deadline come with it. The provincial office sends a .dvcpkg file; import it.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>Chưa lưu: {reason}</source>
      <translation>Not saved: {reason}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>Chứng thư số để ký (to&amp;ken, PKCS#12)…</source>
      <translation>Signing certificate (to&amp;ken, PKCS#12)…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>Cô&amp;ng cụ</source>
      <translation>&amp;Tools</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/status_strip.py" />
      <source>Căn cứ: {basis}</source>
      <translation>Basis: {basis}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>Danh sách thủ tục của đơn vị đang trống: thêm các thủ tục đơn vị giải quyết từ danh mục tham chiếu ({n} thủ tục).</source>
      <translation>The unit's list of procedures is empty: add the procedures the unit handles from the reference catalogue ({n} procedures).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/status_strip.py" />
      <source>Dòng màu hổ phách: cần xem lại (chưa có hình thức, bảng kiểm chưa đủ, hoặc hình thức khác gợi ý của bảng kiểm).</source>
      <translation>Amber rows need review (no form yet, an incomplete checklist, or a form other than the checklist suggests).</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/status_strip.py" />
      <source>Gói gần nhất: số {n}, {at}</source>
      <translation>Latest package: no. {n}, {at}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/status_strip.py" />
      <source>Hiển thị {shown} / {total} thủ tục</source>
      <translation>Showing {shown} / {total} procedures</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/status_strip.py" />
      <source>Hạn nộp: chưa đặt</source>
      <translation>Submission deadline: not set</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/status_strip.py" />
      <source>Hạn nộp: {day} ({suffix})</source>
      <translation>Submission deadline: {day} ({suffix})</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>In &amp;phiếu khóa…</source>
      <translation>&amp;Print key card…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/procedure_actions.py" />
      <source>Không có phân loại nào cần phân loại lại theo Nghị định 224/2026.</source>
      <translation>No classification needs reclassifying under Decree 224/2026.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>Ký số của cơ quan lên văn bản PDF đã &amp;ký…</source>
      <translation>The &amp;agency's signature on a signed PDF…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/filter_bar.py" />
      <source>Mọi cấp</source>
      <translation>All levels</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/filter_bar.py" />
      <source>Mọi hình thức</source>
      <translation>All forms</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/filter_bar.py" />
      <source>Mọi lĩnh vực</source>
      <translation>All sectors</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/filter_bar.py" />
      <source>Mọi trạng thái</source>
      <translation>All statuses</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/procedure_actions.py" />
      <source>Một số thủ tục chưa đổi</source>
      <translation>Some procedures were not changed</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/office_actions.py" />
      <source>Ngôn ngữ mới được áp dụng khi mở lại ứng dụng.</source>
      <translation>The new language applies the next time the application starts.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>Nhập danh mục TTHC</source>
      <translation>Import procedure catalogue</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>Nhập gói tham chiếu của tỉnh (Ctrl+O)</source>
      <translation>Import the province's reference package (Ctrl+O)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>Phân loại &amp;lại theo Nghị định 224/2026…</source>
      <translation>Re&amp;classify under Decree 224/2026…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/office_actions.py" />
      <source>Sao lưu dữ liệu</source>
      <translation>Back up data</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>Số liệ&amp;u hồ sơ</source>
      <translation>&amp;Dossier figures</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/procedure_actions.py" />
      <source>Sổ tính Excel (*.xlsx)</source>
      <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>Thao tác</source>
      <translation>Actions</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>Thay đổi chưa lưu</source>
      <translation>Unsaved change</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>Thay đổi của các thủ tục {codes} chưa được lưu vì chưa đúng quy tắc. Đóng và bỏ các thay đổi đó?</source>
      <translation>The changes to procedures {codes} are not saved because they break a rule. Close and discard them?</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>Thay đổi của thủ tục {code} chưa được lưu: {reasons}

Sửa tiếp để lưu, hay bỏ thay đổi này?</source>
      <translation>The change to procedure {code} is not saved: {reasons}

Keep editing to save it, or discard this change?</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>Thêm thủ tục (Ctrl+N)</source>
      <translation>Add procedures (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>Thông tin &amp;văn bản báo cáo (số ký hiệu, người ký)…</source>
      <translation>Report &amp;document details (number, signer)…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>Thủ tụ&amp;c</source>
      <translation>Pro&amp;cedure</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>Thủ tục tiếp theo</source>
      <translation>Next procedure</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>Thủ tục trước</source>
      <translation>Previous procedure</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>Tạo thủ tục &amp;riêng của đơn vị…</source>
      <translation>Create the unit's &amp;own procedure…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/office_actions.py" />
      <source>Tệp SQLite (*.sqlite)</source>
      <translation>SQLite files (*.sqlite)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/status_strip.py" />
      <source>Tỉnh đã nhận gói số {n} ngày {day}</source>
      <translation>The province received package no. {n} on {day}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>Xem trước &amp;báo cáo của đơn vị…</source>
      <translation>Preview the unit's &amp;report…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>Xuất &amp;khóa công khai và phiếu khóa…</source>
      <translation>Export public &amp;key and key card…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/procedure_actions.py" />
      <source>Xuất ra Excel</source>
      <translation>Export to Excel</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/procedure_actions.py" />
      <source>Xóa khỏi danh mục</source>
      <translation>Remove from catalogue</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/procedure_actions.py" />
      <source>Xóa {n} thủ tục ({names}) khỏi danh mục của đơn vị? Có thể hoàn tác bằng Ctrl+Z.</source>
      <translation>Remove {n} procedures ({names}) from the unit's catalogue? You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/status_strip.py" />
      <source>còn {n} ngày</source>
      <translation>{n} days left</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>phân loại {code}</source>
      <translation>classify {code}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/procedure_actions.py" />
      <source>phân loại {n} thủ tục</source>
      <translation>classify procedures ({n})</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>sửa nội dung {code}</source>
      <translation>edit content of {code}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/procedure_actions.py" />
      <source>thêm {n} thủ tục</source>
      <translation>add {n} procedures</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/procedure_actions.py" />
      <source>tạo thủ tục {code}</source>
      <translation>create procedure {code}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/procedure_actions.py" />
      <source>xóa {n} thủ tục</source>
      <translation>remove {n} procedures</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/procedure_actions.py" />
      <source>{n} thủ tục chưa đủ điều kiện.</source>
      <translation>{n} procedures do not meet the conditions.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/procedure_actions.py" />
      <source>{n} thủ tục có lý do kỹ thuật cần bổ sung mô tả và ngày dự kiến khắc phục.</source>
      <translation>{n} procedures with a technical ground need a description and an expected fix date.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/procedure_actions.py" />
      <source>{n} thủ tục được giữ nguyên vì chưa đủ điều kiện:</source>
      <translation>{n} procedures were left unchanged because they do not meet the conditions:</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>Đang mở dữ liệu…</source>
      <translation>Opening data…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/procedure_actions.py" />
      <source>Đang xuất {n} thủ tục ra Excel…</source>
      <translation>Exporting {n} procedures to Excel…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/status_strip.py" />
      <source>Đang đọc danh sách thủ tục…</source>
      <translation>Reading the list of procedures…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>Đang đọc {n} thủ tục…</source>
      <translation>Reading {n} procedures…</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>Đánh &amp;dấu sẵn sàng</source>
      <translation>&amp;Mark as ready</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/undo_controller.py" />
      <source>Đã hoàn tác: {what}.</source>
      <translation>Undone: {what}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>Đã hủy; dữ liệu không thay đổi.</source>
      <translation>Cancelled; the data was not changed.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/undo_controller.py" />
      <source>Đã làm lại: {what}.</source>
      <translation>Redone: {what}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>Đã lưu {code}.</source>
      <translation>Saved {code}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>Đã mở dữ liệu: {n} thủ tục.</source>
      <translation>Data opened: {n} procedures.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/procedure_actions.py" />
      <source>Đã phân loại lại {n} thủ tục theo Điều 14 Nghị định 224/2026.</source>
      <translation>Reclassified {n} procedures under Decree 224/2026 Art. 14.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/status_strip.py" />
      <source>Đã phân loại {classified}/{total} · Sẵn sàng {ready} · Cần xem lại {attention}</source>
      <translation>Classified {classified}/{total} · Ready {ready} · Needs attention {attention}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/procedure_actions.py" />
      <source>Đã phân loại {n} thủ tục.</source>
      <translation>Procedures classified: {n}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/office_actions.py" />
      <source>Đã sao lưu vào {path}.</source>
      <translation>Backed up to {path}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/procedure_actions.py" />
      <source>Đã thêm {n} thủ tục vào danh mục của đơn vị.</source>
      <translation>Added {n} procedures to the unit's catalogue.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/procedure_actions.py" />
      <source>Đã xuất {n} thủ tục ra {path}.</source>
      <translation>Exported {n} procedures to {path}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/procedure_actions.py" />
      <source>Đã đánh dấu sẵn sàng {n} thủ tục.</source>
      <translation>Procedures marked ready: {n}.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/status_strip.py" />
      <source>Đợt: {name}</source>
      <translation>Round: {name}</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/procedure_actions.py" />
      <source>đánh dấu sẵn sàng {n} thủ tục</source>
      <translation>mark procedures ready ({n})</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/status_strip.py" />
      <source>đã quá {n} ngày</source>
      <translation>{n} days overdue</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/main_window.py" />
      <source>Ẩn &amp;khung phân loại</source>
      <translation>&amp;Hide the classification pane</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/procedure_actions.py" />
      <source>… và {n} thủ tục khác.</source>
      <translation>… and {n} more procedures.</translation>
    </message>
  </context>
  <context>
    <name>wizard</name>
    <message>
      <location filename="dvc_desktop/gui/setup_wizard.py" />
      <source>&lt; Quay lại</source>
      <translation>&lt; Back</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/setup_wizard.py" />
      <source>Chưa có gói tham chiếu: danh sách dưới đây là tỉnh mẫu.</source>
      <translation>No reference package yet: the list below is the sample province.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/setup_wizard.py" />
      <source>Chọn đơn vị trong danh sách hoặc nhập mã và tên.</source>
      <translation>Choose a unit from the list or enter its code and name.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/setup_wizard.py" />
      <source>Gói DVC Desktop (*.dvcpkg)</source>
      <translation>DVC Desktop package (*.dvcpkg)</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/setup_wizard.py" />
      <source>Gói tham chiếu của tỉnh</source>
      <translation>The province's reference package</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/setup_wizard.py" />
      <source>Gói tham chiếu của {province}: {n} đơn vị. Đối chiếu dấu vân tay, rồi tìm và chọn đơn vị của mình.</source>
      <translation>Reference package of {province}: {n} units. Compare the fingerprint, then find and choose your unit.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/setup_wizard.py" />
      <source>Hoàn tất</source>
      <translation>Finish</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/setup_wizard.py" />
      <source>Hãy tìm và chọn đơn vị của mình trong danh sách của gói tham chiếu.</source>
      <translation>Find and choose your unit in the reference package's list.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/setup_wizard.py" />
      <source>Hãy đối chiếu dấu vân tay khóa của tỉnh rồi đánh dấu xác nhận.</source>
      <translation>Compare the fingerprint of the province's key, then tick the confirmation.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/setup_wizard.py" />
      <source>Hủy</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/setup_wizard.py" />
      <source>Mở gói tham chiếu (.dvcpkg) Văn phòng UBND tỉnh gửi, đối chiếu dấu vân tay khóa của tỉnh qua điện thoại, rồi tìm và chọn đơn vị của mình.</source>
      <translation>Open the reference package (.dvcpkg) sent by the Provincial People's Committee Office, compare the fingerprint of the province's key by phone, then find and choose your unit.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/setup_wizard.py" />
      <source>Tiếp &gt;</source>
      <translation>Next &gt;</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/setup_wizard.py" />
      <source>Tên đơn vị đang để trống.</source>
      <translation>The unit name is empty.</translation>
    </message>
  </context>
  <context>
    <name>worker</name>
    <message>
      <location filename="dvc_desktop/gui/worker.py" />
      <source>&amp;Hủy</source>
      <translation>&amp;Cancel</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/worker.py" />
      <source>&amp;Thử lại</source>
      <translation>&amp;Retry</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/worker.py" />
      <source>Hủy</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/worker.py" />
      <source>Máy chủ chưa thực hiện được</source>
      <translation>The server could not do it</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/worker.py" />
      <source>Tệp đang mở</source>
      <translation>File in use</translation>
    </message>
    <message>
      <location filename="dvc_desktop/gui/worker.py" />
      <source>Đang xử lý</source>
      <translation>Processing</translation>
    </message>
  </context>
  <context>
    <name>workspace</name>
    <message>
      <location filename="dvc_desktop/services/workspace.py" />
      <source>Chọn ít nhất một cấp thực hiện.</source>
      <translation>Choose at least one executing level.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/workspace.py" />
      <source>Cấp thực hiện</source>
      <translation>Executing level</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/workspace.py" />
      <source>Danh mục</source>
      <translation>Catalogue</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/workspace.py" />
      <source>Hình thức</source>
      <translation>Form</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/workspace.py" />
      <source>Lý do</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/workspace.py" />
      <source>Lĩnh vực</source>
      <translation>Sector</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/workspace.py" />
      <source>Mã TTHC</source>
      <translation>Procedure code</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/workspace.py" />
      <source>Mã {code} đã có trong danh mục; hãy thêm từ danh mục tham chiếu.</source>
      <translation>Code {code} is already in the catalogue; add it from the reference catalogue.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/workspace.py" />
      <source>Quy định làm căn cứ</source>
      <translation>Provision relied on</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/workspace.py" />
      <source>STT</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/workspace.py" />
      <source>Sửa lần cuối</source>
      <translation>Last edited</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/workspace.py" />
      <source>Thủ tục lấy từ danh mục tham chiếu; nội dung do cơ sở dữ liệu quốc gia quản lý.</source>
      <translation>This procedure comes from the reference catalogue; its content is managed by the national database.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/workspace.py" />
      <source>Thủ tục này không còn trong danh mục của đơn vị.</source>
      <translation>This procedure is no longer in the unit's catalogue.</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/workspace.py" />
      <source>Trạng thái</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/workspace.py" />
      <source>Tên TTHC</source>
      <translation>Procedure name</translation>
    </message>
    <message>
      <location filename="dvc_desktop/services/workspace.py" />
      <source>Tên TTHC đang để trống.</source>
      <translation>The procedure name is empty.</translation>
    </message>
  </context>
</TS>
