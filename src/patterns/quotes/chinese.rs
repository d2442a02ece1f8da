//! Chinese attribution: titles that end a description, family names, and what follows a name.

/// Chinese titles that end a description before a name ("外交部发言人王芳").
pub(crate) const ZH_TITLES: &[&str] = &[
    "发言人",
    "总经理",
    "经理",
    "主席",
    "部长",
    "教授",
    "总裁",
    "董事长",
    "市长",
    "主任",
    "局长",
    "院长",
    "总统",
    "总理",
    "负责人",
    "专家",
    "记者",
    "代表",
    "官员",
    "人员",
    "律师",
    "医生",
    "居民",
    "市民",
    "村民",
    "学生",
    "店主",
    "司机",
    "工程师",
    "分析师",
    "研究员",
    "主管",
    "顾问",
    "委员",
];

/// The most common Chinese family names (one character each, together borne by most of the
/// population): a described subject's name must start with one. Characters that are more
/// often ordinary words ("于", "和", "向") are left out.
pub(crate) const ZH_SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤常温康施牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂苗谷盛曲翁冉骆蓝游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤穆";

/// What may follow a Chinese name that ends a description ("务工人员陈思雨正在…"): the
/// next word or punctuation, which marks where the name stops.
pub(crate) const ZH_NAME_FOLLOWERS: &[&str] = &[
    "正在", "表示", "告诉", "在", "是", "也", "还", "就", "对", "向", "将", "已", "曾", "从", "于",
    "把", "被", "和", "与", "说", "称", "，", "。", "：", "、",
];
