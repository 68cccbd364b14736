extension PlatformReasonTable {
    /// Korean shops and marketplaces (네이버 스마트스토어, 쿠팡, 무신사-style return forms): the reason types a real
    /// shop's return log writes (고객변심, 상품불만족, 상품불량) and the short reasons Korean return forms and buyers use
    /// (단순변심, 사이즈 미스, 오배송, 파손, 배송지연). Written from common usage, not from one platform's published list.
    static let korean = PlatformReasonTable(
        source: "한국 쇼핑몰/마켓 반품 사유 (common Korean return reasons)", groups: [
        Group(.sizeFit, [
            "사이즈", "사이즈 미스", "사이즈 안맞음", "사이즈가 안맞음", "사이즈 안 맞음", "사이즈 불만족", "사이즈 문제",
            "사이즈 오류", "사이즈 큼", "사이즈 작음", "사이즈가 커요", "사이즈가 작아요", "핏", "핏 불만족",
        ]),
        Group(.sizeFit, Weight.broad, ["사이즈 변경", "사이즈 교환", "사이즈 교체", "색상 및 사이즈 변경"]),
        Group(.colourMismatch, ["색상", "색상 불만족", "색상 상이", "색상 차이", "색상이 달라요"]),
        Group(.notAsDescribed, ["상품 정보 상이", "상품 상이", "상품 설명과 다름", "상세 정보와 다름", "사진과 다름"]),
        Group(.qualityDefect, ["상품불량", "불량", "제품 불량", "하자", "상품 하자", "초기 불량"]),
        Group(.damagedInTransit, ["파손", "상품 파손", "배송 중 파손", "포장 파손"]),
        Group(.wrongOrMissingItem, [
            "오배송", "다른 상품 배송", "배송 누락", "구성품 누락", "누락", "색상 등이 다른 상품을 잘못 배송",
        ]),
        Group(.changedMind, Weight.broad, [
            "단순변심", "변심", "고객변심", "구매 의사 취소", "다른 상품 잘못 주문", "주문 실수", "잘못 주문",
        ]),
        Group(.deliveryProblem, ["배송 지연", "배송 늦음", "미배송", "배송 안됨"]),
        Group(.other, Weight.nothing, ["기타", "상품불만족", "서비스 불만족"]),
    ])
}
