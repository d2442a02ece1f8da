//! Pages in legacy encodings come out as the same text, whether the charset is declared in a
//! `<meta>`, given as the HTTP content type, or left for detection; UTF-16 by its BOM; and a
//! page whose declaration lies (says windows-1252, is UTF-8) is read as UTF-8.

use encoding_rs::{EUC_KR, Encoding, GB18030, GBK, ISO_8859_2, KOI8_R, SHIFT_JIS, WINDOWS_1252};
use newsprint::{Extractor, Options};

/// One language's page: a headline and two paragraphs long enough to be an article and to
/// give the detector something to go on.
struct Sample {
    encoding: &'static Encoding,
    label: &'static str,
    headline: &'static str,
    paragraphs: [&'static str; 2],
}

const SAMPLES: &[Sample] = &[
    Sample {
        encoding: WINDOWS_1252,
        label: "windows-1252",
        headline: "Le café de la gare rouvre ses portes après l’été",
        paragraphs: [
            "Après trois mois de travaux, le café de la gare a rouvert ses portes jeudi matin. Les habitués étaient nombreux à se presser au comptoir, où le patron servait déjà des crèmes et des croissants à 1,20 €.",
            "« Nous avons gardé le zinc d’origine et les banquettes en cuir », explique la gérante, qui espère retrouver sa clientèle d’avant la fermeture. Les travaux ont coûté près de 80 000 euros.",
        ],
    },
    Sample {
        encoding: ISO_8859_2,
        label: "iso-8859-2",
        headline: "Nowy most na Wiśle otwarty dla pieszych i rowerzystów",
        paragraphs: [
            "Po dwóch latach budowy nowy most na Wiśle został w środę otwarty dla pieszych i rowerzystów. Przeprawa łączy dwie dzielnice, które dotąd dzieliło ponad pięć kilometrów objazdu.",
            "Prezydent miasta podkreślił, że inwestycja kosztowała mniej, niż zakładano. Mieszkańcy przez cały dzień spacerowali po moście, a wieczorem odbył się pokaz świateł nad rzeką.",
        ],
    },
    Sample {
        encoding: SHIFT_JIS,
        label: "shift_jis",
        headline: "市立図書館が改装を終えて再開、初日に三千人が来館",
        paragraphs: [
            "改装工事のため一年間休館していた市立図書館が、十五日に再開した。開館前から入り口には長い列ができ、初日だけで約三千人が訪れたという。市によると、休館中も予約した本の受け取りは近くの公民館で続けられ、延べ二万冊以上が貸し出された。",
            "新しい館内には子ども向けの読書スペースや、静かに勉強できる個室が設けられた。館長は「多くの市民に気軽に立ち寄ってほしい」と話している。開館時間も平日は午後九時まで延長され、仕事帰りの利用者からは喜びの声が上がっている。",
        ],
    },
    Sample {
        encoding: EUC_KR,
        label: "euc-kr",
        headline: "시립 도서관, 1년 만에 재개관… 첫날 3천 명 방문",
        paragraphs: [
            "리모델링 공사로 1년 동안 문을 닫았던 시립 도서관이 15일 다시 문을 열었다. 개관 전부터 입구에는 긴 줄이 늘어섰고, 첫날에만 약 3천 명이 도서관을 찾았다. 시에 따르면 휴관 기간에도 예약한 책은 인근 주민센터에서 받을 수 있었고, 모두 2만 권이 넘는 책이 대출됐다.",
            "새 도서관에는 어린이를 위한 독서 공간과 조용히 공부할 수 있는 개인 열람실이 마련됐다. 관장은 많은 시민이 부담 없이 들러 주기를 바란다고 말했다. 평일 운영 시간도 오후 9시까지로 늘어나 퇴근길 이용객들의 반응이 좋다.",
        ],
    },
    Sample {
        encoding: GBK,
        label: "gbk",
        headline: "市图书馆改造完成重新开放 首日接待读者三千人次",
        paragraphs: [
            "因改造工程闭馆一年的市图书馆于十五日重新开放。开馆前入口处就排起了长队，据统计，首日共接待读者约三千人次。闭馆期间，读者预约的图书仍可在附近的社区服务中心领取，累计借出图书两万余册。",
            "改造后的馆内新设了少儿阅读区和可供安静学习的独立自习室。馆长表示，希望更多市民能够随时走进图书馆，享受阅读的乐趣。工作日的开放时间也延长至晚上九点，不少下班后前来的读者对此表示欢迎。",
        ],
    },
    Sample {
        encoding: GB18030,
        label: "gb18030",
        headline: "江临港新航线开通 首班货轮满载出港",
        paragraphs: [
            "江临港至东南亚的新集装箱航线于周三正式开通，首班货轮满载电子产品和机械设备驶离码头，预计九天后抵达目的港。首航当天，码头工人从清晨起就开始装箱作业，三百多个集装箱在中午前全部装船完毕。",
            "港口负责人介绍，新航线每周往返一班，将为本地企业节省约两成的物流成本。今年以来，港口集装箱吞吐量同比增长百分之十二。港口方面还计划在明年上半年再开通两条前往中东和非洲的航线。",
        ],
    },
    Sample {
        encoding: KOI8_R,
        label: "koi8-r",
        headline: "В городе открылся новый пешеходный мост через реку",
        paragraphs: [
            "После двух лет строительства в среду открылся новый пешеходный мост через реку. Он соединил два района, жителям которых раньше приходилось делать крюк в пять километров.",
            "Мэр города отметил, что мост обошёлся бюджету дешевле, чем планировалось. Весь день по нему гуляли горожане, а вечером над рекой прошло световое шоу.",
        ],
    },
];

fn page(sample: &Sample, head: &str) -> String {
    format!(
        "<!DOCTYPE html><html><head>{head}<title>{h}</title></head><body>\
         <nav><a href=\"/\">Home</a></nav><article><h1>{h}</h1><p>{a}</p><p>{b}</p></article>\
         </body></html>",
        h = sample.headline,
        a = sample.paragraphs[0],
        b = sample.paragraphs[1],
    )
}

fn encode(sample: &Sample, text: &str) -> Vec<u8> {
    let (bytes, _, unmappable) = sample.encoding.encode(text);
    assert!(
        !unmappable,
        "{}: the sample must fit the encoding",
        sample.label
    );
    bytes.into_owned()
}

fn check(bytes: &[u8], hint: Option<&str>, sample: &Sample, how: &str) {
    let extractor = Extractor::new(Options::default()).unwrap();
    let page = extractor.extract_bytes(bytes, hint).unwrap();
    let article = page
        .articles
        .first()
        .unwrap_or_else(|| panic!("{} ({how}): no article", sample.label));
    assert_eq!(
        article.headline, sample.headline,
        "{} ({how})",
        sample.label
    );
    assert_eq!(
        article.paragraphs, sample.paragraphs,
        "{} ({how})",
        sample.label
    );
}

#[test]
fn declared_in_a_meta_tag() {
    for s in SAMPLES {
        let meta = format!("<meta charset=\"{}\">", s.label);
        check(&encode(s, &page(s, &meta)), None, s, "meta charset");
        let http_equiv = format!(
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset={}\">",
            s.label
        );
        check(&encode(s, &page(s, &http_equiv)), None, s, "http-equiv");
    }
}

#[test]
fn given_as_the_content_type() {
    for s in SAMPLES {
        let hint = format!("text/html; charset={}", s.label);
        check(&encode(s, &page(s, "")), Some(&hint), s, "content type");
    }
}

#[test]
fn detected_without_a_declaration() {
    for s in SAMPLES {
        let bytes = encode(s, &page(s, ""));
        let extractor = Extractor::new(Options::default()).unwrap();
        let page = extractor.extract_bytes(&bytes, None).unwrap();
        let article = page.articles.first().expect("an article");
        // Detection may pick a superset of the encoding (GBK for GB18030, windows-1250 for
        // ISO-8859-2): the text must come out the same either way.
        assert_eq!(article.paragraphs, s.paragraphs, "{} (detected)", s.label);
    }
}

#[test]
fn utf16_by_its_byte_order_mark() {
    let s = &SAMPLES[0];
    let text = page(s, "");
    let mut le = vec![0xFF, 0xFE];
    let mut be = vec![0xFE, 0xFF];
    for unit in text.encode_utf16() {
        le.extend_from_slice(&unit.to_le_bytes());
        be.extend_from_slice(&unit.to_be_bytes());
    }
    check(&le, None, s, "UTF-16LE BOM");
    check(&be, None, s, "UTF-16BE BOM");
}

#[test]
fn a_lying_declaration_on_utf8_is_overridden() {
    for s in SAMPLES {
        let bytes = page(s, "<meta charset=\"windows-1252\">").into_bytes();
        check(&bytes, None, s, "declared windows-1252, is UTF-8");
    }
}

#[test]
fn mojibake_from_upstream_is_repaired() {
    // A UTF-8 page that some earlier tool decoded as windows-1252 and saved again as UTF-8.
    let s = &SAMPLES[0];
    let garbled: String = page(s, "")
        .bytes()
        .map(|b| {
            let one = [b];
            let (c, _, _) = WINDOWS_1252.decode(&one);
            c.into_owned()
        })
        .collect();
    assert!(garbled.contains("cafÃ©"));
    check(garbled.as_bytes(), None, s, "mojibake");
}
