"""Nền tảng số (1/2): directory entries of real public platforms, first half."""

from datetime import date

from portal.news.demo.content.types import (
    _HOWTO,
    _SAFETY,
    _WHO,
    TAG_CASHLESS,
    TAG_ELDERLY,
    TAG_HEALTH,
    TAG_OFFICIALS,
    TAG_PUBLIC_SERVICES,
    TAG_VNEID,
    DemoArticle,
    _h,
    _p,
    _steps,
)

ARTICLES: list[DemoArticle] = [
    DemoArticle(
        section="platforms",
        slug="cong-dich-vu-cong-quoc-gia",
        title="Cổng Dịch vụ công quốc gia: làm thủ tục hành chính ngay tại nhà",
        summary=(
            "Một địa chỉ duy nhất để tra cứu, nộp hồ sơ, thanh toán lệ phí và nhận kết quả của "
            "hàng nghìn thủ tục hành chính, từ đăng ký khai sinh đến cấp phiếu lý lịch tư pháp."
        ),
        body=[
            _p(
                "<b>Cổng Dịch vụ công quốc gia</b> tại địa chỉ <a "
                'href="https://dichvucong.gov.vn">dichvucong.gov.vn</a> là nơi người dân và doanh '
                "nghiệp tìm hiểu, nộp hồ sơ trực tuyến cho thủ tục của các bộ, ngành và địa phương "
                "trên cả nước. Cổng kết nối với dữ liệu dân cư nên nhiều thông tin được điền sẵn, "
                "nhiều giấy tờ không phải nộp lại. Người dân cũng có thể gửi phản ánh, kiến nghị "
                "về thủ tục hành chính ngay trên Cổng."
            ),
            _h(_WHO),
            _p(
                "Mọi công dân từ đủ 14 tuổi có tài khoản định danh điện tử, các hộ kinh doanh, "
                "doanh nghiệp, hợp tác xã. Người chưa quen có thể nhờ cán bộ tại Trung tâm phục vụ "
                "hành chính công xã, phường hướng dẫn lần đầu."
            ),
            _h(_HOWTO),
            _steps(
                (
                    "Chuẩn bị",
                    (
                        "Có tài khoản định danh điện tử mức độ 2 trên ứng dụng VNeID, điện thoại "
                        "dùng số chính chủ và ảnh chụp rõ nét các giấy tờ cần nộp."
                    ),
                ),
                (
                    "Đăng nhập",
                    (
                        "Truy cập dichvucong.gov.vn, bấm “Đăng nhập”, chọn đăng nhập bằng tài "
                        "khoản định danh điện tử rồi làm theo hướng dẫn trên màn hình và xác nhận "
                        "trên ứng dụng VNeID."
                    ),
                ),
                (
                    "Tìm đúng thủ tục",
                    (
                        "Gõ tên việc cần làm, ví dụ “đăng ký khai sinh”, vào ô tìm kiếm; chọn tỉnh "
                        "Lào Cai và xã, phường nơi bạn cư trú làm nơi giải quyết."
                    ),
                ),
                (
                    "Điền tờ khai",
                    (
                        "Kiểm tra các thông tin đã được điền sẵn, bổ sung phần còn thiếu, đính kèm "
                        "ảnh giấy tờ theo yêu cầu."
                    ),
                ),
                (
                    "Nộp và ghi lại mã hồ sơ",
                    (
                        "Bấm nộp, ghi lại mã hồ sơ hoặc chụp màn hình; thanh toán phí, lệ phí trực "
                        "tuyến nếu thủ tục có thu."
                    ),
                ),
                (
                    "Theo dõi, nhận kết quả",
                    (
                        "Vào mục quản lý hồ sơ để xem hồ sơ đang ở bước nào; nhận kết quả điện tử "
                        "hoặc nhận bản giấy theo hình thức bạn đã chọn."
                    ),
                ),
            ),
            _h(_SAFETY),
            _p(
                "Luôn kiểm tra địa chỉ trang phải kết thúc bằng <b>.gov.vn</b>. Cơ quan nhà nước "
                "không bao giờ yêu cầu bạn chuyển lệ phí vào tài khoản cá nhân hay đọc mã xác thực "
                "qua điện thoại."
            ),
        ],
        published_on=date(2025, 7, 22),
        author_unit="Sở Khoa học và Công nghệ",
        tags=[TAG_PUBLIC_SERVICES, TAG_VNEID],
        image_theme="office",
        image_alt="Minh hoạ: người dân nộp hồ sơ trực tuyến trên máy tính tại nhà",
        platform_name="Cổng Dịch vụ công quốc gia",
        platform_url="https://dichvucong.gov.vn",
        audience=(
            "Mọi người dân có tài khoản định danh điện tử, hộ kinh doanh, doanh nghiệp và hợp tác "
            "xã cần làm thủ tục hành chính."
        ),
        category="Dịch vụ công",
    ),
    DemoArticle(
        section="platforms",
        slug="ung-dung-dinh-danh-dien-tu-vneid",
        title="Ứng dụng VNeID: giấy tờ của bạn nằm gọn trong điện thoại",
        summary=(
            "Ứng dụng định danh điện tử của Bộ Công an giúp chứng minh danh tính, xem giấy tờ đã "
            "tích hợp và làm nhiều thủ tục mà không cần mang bản giấy."
        ),
        body=[
            _p(
                "<b>VNeID</b> là ứng dụng định danh và xác thực điện tử do Bộ Công an xây dựng "
                "theo Đề án 06. Khi có tài khoản mức độ 2, bạn có thể dùng thẻ căn cước điện tử "
                "thay thẻ vật lý trong nhiều giao dịch, xem giấy phép lái xe, thẻ bảo hiểm y tế đã "
                "tích hợp, thông báo lưu trú, đề nghị cấp phiếu lý lịch tư pháp và đăng nhập các "
                "cổng dịch vụ công. Thông tin chính thức về ứng dụng có tại <a "
                'href="https://vneid.gov.vn">vneid.gov.vn</a>.'
            ),
            _h(_WHO),
            _p(
                "Mọi công dân Việt Nam đã có thẻ căn cước hoặc căn cước công dân gắn chip. Tài "
                "khoản của trẻ em có thể được tích hợp vào tài khoản của cha, mẹ."
            ),
            _h(_HOWTO),
            _steps(
                (
                    "Đăng ký tài khoản mức độ 2",
                    (
                        "Mang thẻ căn cước và điện thoại dùng số chính chủ đến Công an xã, phường "
                        "nơi cư trú hoặc đăng ký ngay khi làm thẻ căn cước."
                    ),
                ),
                (
                    "Tải ứng dụng",
                    (
                        "Mở kho ứng dụng App Store (iPhone) hoặc CH Play (Android), tìm “VNeID”, "
                        "cài đúng ứng dụng của Bộ Công an."
                    ),
                ),
                (
                    "Kích hoạt",
                    (
                        "Mở ứng dụng, chọn kích hoạt tài khoản, nhập số định danh cá nhân (12 số "
                        "trên thẻ căn cước) và số điện thoại, nhập mã kích hoạt nhận qua tin nhắn."
                    ),
                ),
                (
                    "Đặt mật khẩu và mã bảo vệ",
                    (
                        "Đặt mật khẩu đủ mạnh và mã bảo vệ sáu số; ghi vào sổ, cất nơi kín đáo, "
                        "không lưu trong điện thoại."
                    ),
                ),
                (
                    "Xem giấy tờ",
                    (
                        "Vào mục ví giấy tờ để xem thẻ căn cước điện tử, giấy phép lái xe, thẻ bảo "
                        "hiểm y tế đã được tích hợp."
                    ),
                ),
                (
                    "Làm thủ tục",
                    (
                        "Chọn mục thủ tục hành chính để thông báo lưu trú, đề nghị cấp phiếu lý "
                        "lịch tư pháp hoặc các dịch vụ đang được cung cấp."
                    ),
                ),
            ),
            _h(_SAFETY),
            _p(
                "Công an không gọi điện hay gửi đường dẫn yêu cầu bạn “cập nhật”, “nâng cấp” tài "
                "khoản định danh. Tuyệt đối không đọc mã kích hoạt, mật khẩu, mã bảo vệ cho bất kỳ "
                "ai, kể cả người xưng là cán bộ."
            ),
        ],
        published_on=date(2025, 4, 2),
        author_unit="Công an tỉnh Yên Bái",
        tags=[TAG_VNEID, TAG_PUBLIC_SERVICES],
        image_theme="phone",
        image_alt="Minh hoạ: thẻ căn cước điện tử hiển thị trên màn hình điện thoại",
        platform_name="Ứng dụng định danh điện tử VNeID",
        platform_url="https://vneid.gov.vn",
        audience=(
            "Mọi công dân Việt Nam có thẻ căn cước, căn cước công dân gắn chip; cha mẹ quản lý "
            "thông tin của con nhỏ."
        ),
        category="Định danh điện tử",
    ),
    DemoArticle(
        section="platforms",
        slug="he-thong-giai-quyet-thu-tuc-hanh-chinh-tinh-lao-cai",
        title="Cổng dịch vụ công tỉnh Lào Cai: nộp và tra cứu hồ sơ của tỉnh, xã, phường",
        summary=(
            "Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh Lào Cai tiếp nhận hồ sơ do "
            "các sở, ngành và 99 xã, phường giải quyết; ai cũng tra cứu được tình trạng hồ sơ bằng "
            "mã hồ sơ."
        ),
        body=[
            _p(
                "<b>Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Lào Cai</b> tại <a "
                'href="https://dichvucong.laocai.gov.vn">dichvucong.laocai.gov.vn</a> là nơi tiếp '
                "nhận, xử lý và trả kết quả các hồ sơ thuộc thẩm quyền của cơ quan trong tỉnh. Hồ "
                "sơ nộp tại quầy của Trung tâm phục vụ hành chính công cũng được số hóa và theo "
                "dõi trên hệ thống này, vì vậy người dân luôn tra cứu được hồ sơ của mình đang ở "
                "đâu."
            ),
            _h(_WHO),
            _p(
                "Người dân, hộ kinh doanh, doanh nghiệp có thủ tục do các sở, ngành của tỉnh hoặc "
                "Ủy ban nhân dân xã, phường trên địa bàn tỉnh Lào Cai giải quyết, kể cả người đang "
                "sống ở nơi khác nhưng có việc cần làm tại quê nhà."
            ),
            _h(_HOWTO),
            _steps(
                ("Truy cập", "Mở trình duyệt, gõ chính xác dichvucong.laocai.gov.vn."),
                (
                    "Tra cứu không cần đăng nhập",
                    (
                        "Nhập mã hồ sơ ghi trên giấy tiếp nhận vào ô tra cứu để biết hồ sơ đã được "
                        "xử lý đến bước nào và dự kiến ngày trả kết quả."
                    ),
                ),
                (
                    "Đăng nhập để nộp hồ sơ",
                    (
                        "Chọn đăng nhập bằng tài khoản định danh điện tử VNeID; hệ thống sẽ chuyển "
                        "qua bước xác thực của Cổng Dịch vụ công quốc gia."
                    ),
                ),
                (
                    "Chọn cơ quan và thủ tục",
                    (
                        "Chọn xã, phường hoặc sở, ngành giải quyết; đọc kỹ thành phần hồ sơ, thời "
                        "hạn và lệ phí trước khi nộp."
                    ),
                ),
                (
                    "Nộp, thanh toán, nhận kết quả",
                    (
                        "Đính kèm giấy tờ, nộp hồ sơ, thanh toán trực tuyến nếu có; nhận kết quả "
                        "điện tử hoặc đến Trung tâm phục vụ hành chính công nhận bản giấy."
                    ),
                ),
                (
                    "Đánh giá",
                    (
                        "Sau khi nhận kết quả, hãy đánh giá mức độ hài lòng để giúp cơ quan giải "
                        "quyết phục vụ tốt hơn."
                    ),
                ),
            ),
            _h(_SAFETY),
            _p(
                "Không nhờ người lạ nộp hộ hồ sơ và không đưa mật khẩu tài khoản định danh cho "
                "“dịch vụ làm nhanh”. Nếu cần giúp, hãy đến góc hỗ trợ tại Trung tâm phục vụ hành "
                "chính công xã, phường: cán bộ sẽ hướng dẫn miễn phí."
            ),
        ],
        published_on=date(2025, 7, 15),
        author_unit="Sở Khoa học và Công nghệ",
        tags=[TAG_PUBLIC_SERVICES, TAG_OFFICIALS],
        image_theme="office",
        image_alt="Minh hoạ: người dân tra cứu hồ sơ bằng mã hồ sơ trên điện thoại",
        platform_name="Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Lào Cai",
        platform_url="https://dichvucong.laocai.gov.vn",
        audience=(
            "Người dân, hộ kinh doanh và doanh nghiệp có thủ tục do các cơ quan của tỉnh Lào Cai "
            "hoặc xã, phường giải quyết."
        ),
        category="Dịch vụ công",
    ),
    DemoArticle(
        section="platforms",
        slug="vssid-bao-hiem-xa-hoi-so",
        title="VssID – Bảo hiểm xã hội số: thẻ bảo hiểm y tế luôn theo bạn",
        summary=(
            "Ứng dụng của Bảo hiểm xã hội Việt Nam giúp xem thẻ bảo hiểm y tế điện tử, tra cứu quá "
            "trình đóng bảo hiểm và lịch sử khám chữa bệnh ngay trên điện thoại."
        ),
        body=[
            _p(
                "<b>VssID</b> là ứng dụng “Bảo hiểm xã hội số” của Bảo hiểm xã hội Việt Nam. Với "
                "ứng dụng, bạn có thể dùng thẻ bảo hiểm y tế trên điện thoại khi đi khám bệnh, tra "
                "cứu quá trình đóng bảo hiểm xã hội, bảo hiểm thất nghiệp, xem lịch sử khám chữa "
                "bệnh có bảo hiểm y tế và tìm điểm thu, cơ sở khám chữa bệnh gần nhất. Thông tin "
                'chính thức có tại <a href="https://baohiemxahoi.gov.vn">baohiemxahoi.gov.vn</a>.'
            ),
            _h(_WHO),
            _p(
                "Người lao động, người tham gia bảo hiểm xã hội tự nguyện, người có thẻ bảo hiểm y "
                "tế như hộ gia đình, học sinh, người dân tộc thiểu số vùng khó khăn, người cao "
                "tuổi."
            ),
            _h(_HOWTO),
            _steps(
                (
                    "Tải ứng dụng",
                    (
                        "Tìm “VssID” trên App Store hoặc CH Play; chọn đúng ứng dụng của Bảo hiểm "
                        "xã hội Việt Nam."
                    ),
                ),
                (
                    "Đăng nhập",
                    (
                        "Chọn đăng nhập bằng tài khoản định danh điện tử VNeID và xác nhận trên "
                        "ứng dụng VNeID; hoặc đăng nhập bằng mã số bảo hiểm xã hội và mật khẩu nếu "
                        "bạn đã có."
                    ),
                ),
                (
                    "Xem thẻ bảo hiểm y tế",
                    (
                        "Mở mục thẻ bảo hiểm y tế để xem thông tin thẻ, hạn sử dụng, nơi đăng ký "
                        "khám chữa bệnh ban đầu."
                    ),
                ),
                (
                    "Tra cứu quá trình tham gia",
                    (
                        "Xem số tháng đã đóng bảo hiểm xã hội, bảo hiểm thất nghiệp; báo ngay cho "
                        "đơn vị sử dụng lao động nếu thấy thiếu."
                    ),
                ),
                (
                    "Tra cứu lịch sử khám chữa bệnh",
                    (
                        "Xem các lần khám, chi phí được quỹ bảo hiểm y tế chi trả để kiểm tra và "
                        "phát hiện sai sót."
                    ),
                ),
            ),
            _h(_SAFETY),
            _p(
                "Cơ quan bảo hiểm xã hội không gọi điện yêu cầu nộp tiền để “nhận chế độ”, “hoàn "
                "tiền bảo hiểm”. Mọi khoản chi trả chỉ qua tài khoản chính chủ của bạn hoặc tại "
                "điểm chi trả chính thức."
            ),
        ],
        published_on=date(2025, 5, 14),
        author_unit="Sở Khoa học và Công nghệ",
        tags=[TAG_HEALTH, TAG_PUBLIC_SERVICES],
        image_theme="phone",
        image_alt="Minh hoạ: thẻ bảo hiểm y tế điện tử trên ứng dụng điện thoại",
        platform_name="VssID – Bảo hiểm xã hội số",
        platform_url="https://baohiemxahoi.gov.vn",
        audience=(
            "Người lao động, người tham gia bảo hiểm xã hội tự nguyện và mọi người có thẻ bảo hiểm "
            "y tế."
        ),
        category="Y tế",
    ),
    DemoArticle(
        section="platforms",
        slug="so-suc-khoe-dien-tu-tren-vneid",
        title="Sổ sức khỏe điện tử trên VNeID: hồ sơ khám bệnh của cả đời",
        summary=(
            "Sổ sức khỏe điện tử được tích hợp trong ứng dụng VNeID, giúp bạn xem thông tin khám "
            "chữa bệnh, tiêm chủng và mang theo khi đi khám ở bất cứ đâu."
        ),
        body=[
            _p(
                "<b>Sổ sức khỏe điện tử</b> là nơi ghi lại thông tin sức khỏe của mỗi người: thông "
                "tin hành chính, tiền sử bệnh, các lần khám chữa bệnh, tiêm chủng, một số kết quả "
                "khám sức khỏe. Sổ được Bộ Y tế và Bộ Công an phối hợp đưa lên ứng dụng VNeID (<a "
                'href="https://vneid.gov.vn">vneid.gov.vn</a>), dữ liệu do các cơ sở khám chữa '
                "bệnh cập nhật."
            ),
            _p(
                "Khi đi khám ở nơi khác, bác sĩ có thể tham khảo lịch sử bệnh của bạn, tránh làm "
                "lại xét nghiệm không cần thiết. Bạn cũng dễ theo dõi lịch tiêm chủng của con."
            ),
            _h(_WHO),
            _p(
                "Mọi người đã có tài khoản định danh điện tử mức độ 2, đặc biệt là người cao tuổi, "
                "người mắc bệnh mạn tính cần khám định kỳ và cha mẹ có con nhỏ."
            ),
            _h(_HOWTO),
            _steps(
                (
                    "Đăng nhập VNeID",
                    "Mở ứng dụng VNeID, đăng nhập bằng số định danh cá nhân và mật khẩu.",
                ),
                (
                    "Tìm Sổ sức khỏe điện tử",
                    (
                        "Tìm mục “Sổ sức khỏe điện tử” trong ứng dụng, có thể dùng ô tìm kiếm của "
                        "ứng dụng nếu chưa thấy ngay."
                    ),
                ),
                (
                    "Đồng ý điều khoản",
                    (
                        "Đọc và xác nhận đồng ý chia sẻ thông tin; nếu được hỏi, nhập mã bảo vệ "
                        "sáu số."
                    ),
                ),
                (
                    "Xem thông tin",
                    (
                        "Xem lần lượt các phần: thông tin chung, lịch sử khám chữa bệnh, tiêm "
                        "chủng. Báo cơ sở y tế nếu thấy thông tin sai."
                    ),
                ),
                (
                    "Dùng khi đi khám",
                    "Mở sổ trên điện thoại khi bác sĩ cần xem lại tiền sử bệnh, thuốc đang dùng.",
                ),
            ),
            _h(_SAFETY),
            _p(
                "Thông tin sức khỏe là dữ liệu cá nhân nhạy cảm. Đừng chụp màn hình sổ sức khỏe "
                "gửi lên mạng xã hội hoặc cho người lạ, kể cả người tự xưng là nhân viên y tế qua "
                "điện thoại."
            ),
        ],
        published_on=date(2025, 10, 22),
        author_unit="Sở Y tế",
        tags=[TAG_HEALTH, TAG_VNEID, TAG_ELDERLY],
        image_theme="elderly",
        image_alt="Minh hoạ: bác sĩ xem sổ sức khỏe điện tử trên điện thoại của bệnh nhân cao tuổi",
        platform_name="Sổ sức khỏe điện tử trên VNeID",
        platform_url="https://vneid.gov.vn",
        audience=(
            "Người có tài khoản định danh điện tử mức độ 2; hữu ích nhất với người cao tuổi, người "
            "bệnh mạn tính và cha mẹ có con nhỏ."
        ),
        category="Y tế",
    ),
    DemoArticle(
        section="platforms",
        slug="etax-mobile-nop-thue-tren-dien-thoai",
        title="eTax Mobile: tra cứu và nộp thuế trên điện thoại",
        summary=(
            "Ứng dụng của ngành thuế giúp cá nhân, hộ kinh doanh tra cứu nghĩa vụ thuế, nộp thuế "
            "đất, lệ phí trước bạ và nhiều khoản khác qua tài khoản ngân hàng mà không phải ra "
            "ngân hàng hay cơ quan thuế."
        ),
        body=[
            _p(
                "<b>eTax Mobile</b> là ứng dụng thuế điện tử dành cho cá nhân của ngành thuế. Ứng "
                "dụng cho phép tra cứu số thuế phải nộp, nộp thuế trực tuyến qua ngân hàng liên "
                "kết, tra cứu chứng từ, hồ sơ quyết toán thuế thu nhập cá nhân. Trang thuế điện tử "
                "dành cho cá nhân trên máy tính có địa chỉ <a "
                'href="https://canhan.gdt.gov.vn">canhan.gdt.gov.vn</a>.'
            ),
            _p(
                "Từ ngày 01/07/2025, số định danh cá nhân được dùng thay cho mã số thuế của cá "
                "nhân, nên người dân chỉ cần nhớ số căn cước của mình."
            ),
            _h(_WHO),
            _p(
                "Người có đất ở phải nộp thuế sử dụng đất phi nông nghiệp, người mua xe cần nộp lệ "
                "phí trước bạ, người làm công ăn lương tự quyết toán thuế thu nhập cá nhân, hộ "
                "kinh doanh nộp thuế khoán."
            ),
            _h(_HOWTO),
            _steps(
                (
                    "Tải ứng dụng",
                    (
                        "Tìm “eTax Mobile” trên App Store hoặc CH Play, kiểm tra nhà phát triển là "
                        "cơ quan thuế."
                    ),
                ),
                (
                    "Đăng nhập",
                    (
                        "Đăng nhập bằng số định danh cá nhân và mật khẩu thuế điện tử; nếu ứng "
                        "dụng có tùy chọn, bạn có thể đăng nhập bằng tài khoản định danh điện tử "
                        "VNeID."
                    ),
                ),
                (
                    "Tra cứu nghĩa vụ thuế",
                    "Chọn mục tra cứu nghĩa vụ thuế để xem các khoản còn phải nộp, hạn nộp.",
                ),
                (
                    "Nộp thuế",
                    (
                        "Chọn khoản cần nộp, chọn ngân hàng đã liên kết, kiểm tra số tiền và xác "
                        "nhận bằng mã của ngân hàng."
                    ),
                ),
                (
                    "Lưu chứng từ",
                    "Tải hoặc chụp lại chứng từ nộp thuế điện tử để đối chiếu khi cần.",
                ),
            ),
            _h(_SAFETY),
            _p(
                "Kẻ gian hay giả danh cán bộ thuế, gửi đường dẫn cài “ứng dụng thuế” để chiếm đoạt "
                "tài khoản ngân hàng. Chỉ cài eTax Mobile từ kho ứng dụng chính thức; khi nghi "
                "ngờ, hãy gọi cơ quan thuế nơi bạn cư trú để hỏi."
            ),
        ],
        published_on=date(2025, 8, 6),
        author_unit="Thuế tỉnh Lào Cai",
        tags=[TAG_CASHLESS, TAG_PUBLIC_SERVICES],
        image_theme="phone",
        image_alt="Minh hoạ: người dân xác nhận nộp thuế đất trên ứng dụng điện thoại",
        platform_name="eTax Mobile – Thuế điện tử cho cá nhân",
        platform_url="https://canhan.gdt.gov.vn",
        audience="Cá nhân nộp thuế đất, lệ phí trước bạ, thuế thu nhập cá nhân và hộ kinh doanh.",
        category="Thanh toán",
    ),
]
