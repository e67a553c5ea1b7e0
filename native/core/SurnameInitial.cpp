#include "SurnameInitial.h"

#include <QHash>

namespace linli {

namespace {

// Surnames by the initial of their reading as a surname, which is not
// always the character's everyday one (单 Shàn, 曾 Zēng, 解 Xiè, 仇 Qiú,
// 区 Ōu, 朴 Piáo, 查 Zhā, 覃 Qín, 盖 Gě, 乐 Yuè, 缪 Miào, 尉 Wèi). Compound
// surnames (欧阳, 司马, 诸葛) go by their first character.
struct LetterSurnames
{
    char16_t letter;
    const char16_t *surnames;
};

constexpr LetterSurnames kSurnames[] = {
    {u'A', u"艾安敖昂阿"},
    {u'B', u"白班包鲍贝毕边卞别邴薄柏步卜巴贲宝"},
    {u'C', u"蔡曹岑柴常车陈成程池迟褚楚崔储丛从晁巢淳才苍种昌畅承初谌"},
    {u'D', u"戴党邓狄刁丁东董杜段窦都端邸代笪达"},
    {u'E', u"鄂额恩"},
    {u'F', u"樊范方房费冯封凤伏符傅付富甫丰逢法"},
    {u'G', u"盖甘高郜戈葛耿宫龚巩贡勾缑古谷顾关管桂郭国官公广归过"},
    {u'H', u"哈海韩杭郝何贺赫衡洪侯后胡花华滑怀宦黄惠霍郇和皇"},
    {u'J', u"姬吉计纪季冀贾简江姜蒋焦金靳经荆井景鞠居嵇汲暨籍翦晋"},
    {u'K', u"阚康柯孔寇匡邝况蒯夔"},
    {u'L', u"赖蓝兰郎劳雷冷黎李厉利连廉梁廖林蔺凌刘柳龙娄卢鲁陆路逯吕栾罗骆雒郦令练良"},
    {u'M', u"麻马满毛茅梅蒙孟糜米宓苗缪闵明莫牟穆慕墨买麦"},
    {u'N', u"那南倪年聂宁牛钮农能"},
    {u'O', u"欧区"},
    {u'P', u"潘庞逄裴彭蓬皮平蒲濮浦朴"},
    {u'Q', u"戚漆齐祁钱强乔谯秦覃邱秋仇裘曲屈瞿全权阙綦"},
    {u'R', u"冉饶任荣容戎茹阮芮汝"},
    {u'S', u"萨沙山单商尚邵佘申沈盛施石时史寿舒束帅双司宋苏宿孙索松隋桑"},
    {u'T', u"台谈谭汤唐陶滕田童涂屠佟通"},
    {u'W', u"瓦万汪王危韦卫魏温文闻翁沃乌邬巫吴伍武毋尉"},
    {u'X', u"奚郗席习夏鲜冼向项萧肖谢解辛邢幸熊胥徐许宣玄薛荀"},
    {u'Y', u"鄢严言阎闫颜晏燕羊阳杨仰姚叶伊易殷尹印应雍尤游于余俞虞鱼禹郁喻元袁岳乐云郧越"},
    {u'Z', u"宰臧曾查翟詹湛章张赵甄郑支钟仲周朱诸竺祝庄卓宗邹祖左訾"},
};

const QHash<char16_t, char16_t> &initials()
{
    static const QHash<char16_t, char16_t> table = [] {
        QHash<char16_t, char16_t> byCharacter;
        for (const LetterSurnames &entry : kSurnames)
            for (const char16_t *c = entry.surnames; *c; ++c)
                byCharacter.insert(*c, entry.letter);
        return byCharacter;
    }();
    return table;
}

} // namespace

QString surnameInitial(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QChar first = trimmed.front();
    if (first.isLetter() && first.unicode() < 0x80)
        return QString(first.toUpper()); // a name written in Latin letters
    const auto found = initials().constFind(first.unicode());
    return found == initials().constEnd() ? QString() : QString(QChar(*found));
}

} // namespace linli
