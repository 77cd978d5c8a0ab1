// Synthetic people: per-culture name lists, countries with fictional phone ranges, addresses.
#include "demo/demo_people.h"

#include <array>
#include <chrono>
#include <span>
#include <string_view>

namespace myochart::demo::detail {

namespace {

using std::string_view;

/// A name as written, and its ASCII spelling for e-mail handles when the script is not Latin
/// (empty: derived from the text by ascii_handle).
struct Name {
  string_view text;
  string_view latin = {};
};

struct Nickname {
  string_view given;
  string_view preferred;
};

enum Country { kUS, kUK, kDE, kFR, kAU, kCA, kCountryCount };

// ---- names ---------------------------------------------------------------------------------

constexpr Name kEnglishF[] = {
    {"Emma"},      {"Olivia"},   {"Sophie"},    {"Charlotte"}, {"Amelia"},  {"Grace"},
    {"Hannah"},    {"Lucy"},     {"Emily"},     {"Jessica"},   {"Sarah"},   {"Rebecca"},
    {"Katherine"}, {"Elizabeth"}, {"Margaret"}, {"Jennifer"},  {"Samantha"}, {"Megan"},
    {"Chloe"},     {"Abigail"},  {"Harriet"},   {"Eleanor"},   {"Bethany"}, {"Imogen"}};
constexpr Name kEnglishM[] = {
    {"James"},   {"Oliver"},    {"William"},  {"Thomas"},   {"Jack"},        {"Harry"},
    {"George"},  {"Samuel"},    {"Daniel"},   {"Matthew"},  {"Benjamin"},    {"Alexander"},
    {"Michael"}, {"Christopher"}, {"Robert"}, {"Andrew"},   {"Jonathan"},    {"Edward"},
    {"Luke"},    {"Nathan"},    {"Owen"},     {"Callum"},   {"Rhys"},        {"Toby"}};
constexpr Name kEnglishFamily[] = {
    {"Smith"},    {"Jones"},    {"Taylor"},   {"Brown"},    {"Williams"}, {"Wilson"},
    {"Johnson"},  {"Davies"},   {"Robinson"}, {"Wright"},   {"Thompson"}, {"Evans"},
    {"Walker"},   {"White"},    {"Roberts"},  {"Green"},    {"Hall"},     {"Wood"},
    {"Jackson"},  {"Clarke"},   {"Hughes"},   {"Edwards"},  {"Harrison"}, {"Turner"},
    {"Cooper"},   {"Hill"},     {"Ward"},     {"Morris"},   {"Bennett"},  {"Fletcher"},
    {"Ashworth"}, {"Whitfield"}, {"Pemberton"}, {"Lloyd-Hughes"}};
constexpr Nickname kEnglishNick[] = {
    {"Alexander", "Alex"}, {"Elizabeth", "Liz"},  {"Katherine", "Kate"}, {"William", "Will"},
    {"Robert", "Rob"},     {"Margaret", "Maggie"}, {"Benjamin", "Ben"},  {"Jennifer", "Jen"},
    {"Christopher", "Chris"}, {"Samantha", "Sam"}, {"Michael", "Mike"},  {"Rebecca", "Becky"},
    {"Jonathan", "Jon"},   {"Abigail", "Abby"},   {"Samuel", "Sam"},    {"Matthew", "Matt"}};

constexpr Name kIrishF[] = {{"Aoife"},  {"Siobhán"}, {"Niamh"}, {"Caoimhe"}, {"Róisín"},
                            {"Saoirse"}, {"Clodagh"}, {"Orla"},  {"Sinéad"},  {"Gráinne"},
                            {"Aisling"}, {"Maeve"},   {"Éabha"}, {"Ciara"},   {"Bríd"}};
constexpr Name kIrishM[] = {{"Seán"},   {"Cian"},    {"Oisín"},    {"Pádraig"}, {"Ciarán"},
                            {"Darragh"}, {"Eoin"},    {"Fionn"},    {"Conor"},   {"Declan"},
                            {"Diarmuid"}, {"Tadhg"},  {"Ruairí"},   {"Liam"},    {"Colm"}};
constexpr Name kIrishFamily[] = {
    {"O'Brien"},  {"McAllister"}, {"O'Sullivan"}, {"Murphy"},   {"Kelly"},   {"Byrne"},
    {"Ryan"},     {"O'Connor"},   {"Walsh"},      {"McCarthy"}, {"Gallagher"}, {"Doherty"},
    {"Kennedy"},  {"Lynch"},      {"Quinn"},      {"O'Neill"},  {"Fitzgerald"}, {"MacNamara"},
    {"McGrath"},  {"Brennan"},    {"Nolan"},      {"Keane"},    {"Ó Briain"}, {"Mac Giolla"}};
constexpr Nickname kIrishNick[] = {{"Pádraig", "Paddy"}, {"Diarmuid", "Dermot"},
                                   {"Siobhán", "Shiv"}};

constexpr Name kPolishF[] = {{"Łucja"},     {"Katarzyna"}, {"Małgorzata"}, {"Agnieszka"},
                             {"Anna"},      {"Magdalena"}, {"Joanna"},     {"Zofia"},
                             {"Aleksandra"}, {"Ewa"},      {"Monika"},     {"Dorota"},
                             {"Justyna"},   {"Paulina"},   {"Weronika"},   {"Żaneta"},
                             {"Grażyna"},   {"Barbara"},   {"Jadwiga"},    {"Bożena"}};
constexpr Name kPolishM[] = {{"Grzegorz"}, {"Piotr"},   {"Krzysztof"}, {"Tomasz"},   {"Paweł"},
                             {"Michał"},   {"Łukasz"},  {"Jakub"},     {"Marcin"},   {"Wojciech"},
                             {"Aleksander"}, {"Jarosław"}, {"Mateusz"}, {"Bartłomiej"},
                             {"Szymon"},   {"Zbigniew"}, {"Przemysław"}, {"Maciej"}};
constexpr Name kPolishFamilyM[] = {
    {"Kowalski"},  {"Wiśniewski"}, {"Nowak"},     {"Wójcik"},     {"Kamiński"},
    {"Lewandowski"}, {"Zieliński"}, {"Szymański"}, {"Woźniak"},    {"Dąbrowski"},
    {"Kozłowski"}, {"Jankowski"},  {"Mazur"},     {"Krawczyk"},   {"Piotrowski"},
    {"Grabowski"}, {"Pawłowski"},  {"Michalski"}, {"Król"},       {"Wieczorek"},
    {"Błaszczyk"}, {"Sikora"}};
constexpr Name kPolishFamilyF[] = {
    {"Kowalska"},  {"Wiśniewska"}, {"Nowak"},     {"Wójcik"},     {"Kamińska"},
    {"Lewandowska"}, {"Zielińska"}, {"Szymańska"}, {"Woźniak"},    {"Dąbrowska"},
    {"Kozłowska"}, {"Jankowska"},  {"Mazur"},     {"Krawczyk"},   {"Piotrowska"},
    {"Grabowska"}, {"Pawłowska"},  {"Michalska"}, {"Król"},       {"Wieczorek"},
    {"Błaszczyk"}, {"Sikora"}};
constexpr Nickname kPolishNick[] = {{"Łucja", "Lucy"},      {"Katarzyna", "Kasia"},
                                    {"Małgorzata", "Gosia"}, {"Aleksander", "Olek"},
                                    {"Grzegorz", "Greg"},    {"Aleksandra", "Ola"},
                                    {"Magdalena", "Magda"},  {"Wojciech", "Wojtek"}};

constexpr Name kGermanF[] = {{"Anna"},    {"Lena"},   {"Katharina"}, {"Julia"},  {"Sabine"},
                             {"Ursula"},  {"Monika"}, {"Petra"},     {"Jana"},   {"Lea"},
                             {"Marie"},   {"Johanna"}, {"Greta"},    {"Brigitte"}, {"Birgit"},
                             {"Franziska"}, {"Jutta"}, {"Hildegard"}};
constexpr Name kGermanM[] = {{"Jürgen"},  {"Lukas"},  {"Maximilian"}, {"Felix"},   {"Jonas"},
                             {"Stefan"},  {"Andreas"}, {"Thomas"},    {"Wolfgang"}, {"Klaus"},
                             {"Dieter"},  {"Matthias"}, {"Tobias"},   {"Florian"}, {"Jörg"},
                             {"Uwe"},     {"Günter"}, {"Johannes"}};
constexpr Name kGermanFamily[] = {
    {"Müller"},  {"Schmidt"}, {"Schneider"}, {"Fischer"}, {"Weber"},   {"Meyer"},
    {"Wagner"},  {"Becker"},  {"Schulz"},    {"Hoffmann"}, {"Schäfer"}, {"Koch"},
    {"Bauer"},   {"Richter"}, {"Klein"},     {"Wolf"},    {"Schröder"}, {"Neumann"},
    {"Schwarz"}, {"Zimmermann"}, {"Braun"},  {"Krüger"},  {"Hartmann"}, {"Lange"},
    {"Weiß"},    {"Köhler"},  {"Vogel"},     {"Großmann"}};
constexpr Nickname kGermanNick[] = {{"Johannes", "Hannes"}, {"Katharina", "Kathi"},
                                    {"Maximilian", "Max"},  {"Franziska", "Franzi"},
                                    {"Matthias", "Matze"}};

constexpr Name kNordicF[] = {{"Åsa"},   {"Ingrid"}, {"Astrid"}, {"Sigrid"}, {"Maja"},  {"Elin"},
                             {"Linnea"}, {"Sofie"}, {"Ida"},    {"Freja"},  {"Kari"},  {"Solveig"},
                             {"Hanne"}, {"Ebba"},   {"Karin"},  {"Tove"}};
constexpr Name kNordicM[] = {{"Lars"},  {"Nils"},   {"Erik"},   {"Anders"}, {"Magnus"}, {"Björn"},
                             {"Søren"}, {"Jens"},   {"Henrik"}, {"Mikael"}, {"Oskar"},  {"Emil"},
                             {"Håkan"}, {"Stig"},   {"Rasmus"}, {"Torbjørn"}};
constexpr Name kNordicFamily[] = {
    {"Lindström"}, {"Johansson"}, {"Andersson"}, {"Karlsson"}, {"Nilsson"},  {"Eriksson"},
    {"Larsson"},   {"Olsen"},     {"Hansen"},    {"Johansen"}, {"Pedersen"}, {"Jensen"},
    {"Nielsen"},   {"Sørensen"},  {"Bergström"}, {"Lindqvist"}, {"Sandberg"}, {"Haugen"},
    {"Øvergaard"}, {"Åberg"},     {"Dahl"},      {"Holm"},     {"Strand"},   {"Berg"}};

constexpr Name kSpanishF[] = {{"María"},  {"Lucía"},   {"Carmen"}, {"Isabel"}, {"Ana"},
                              {"Laura"},  {"Marta"},   {"Paula"},  {"Sofía"},  {"Elena"},
                              {"Cristina"}, {"Pilar"}, {"Guadalupe"}, {"Rocío"}, {"Inés"},
                              {"Nerea"},  {"Ximena"},  {"Valentina"}};
constexpr Name kSpanishM[] = {{"José"},    {"Antonio"}, {"Manuel"}, {"Francisco"}, {"Javier"},
                              {"Carlos"},  {"Alejandro"}, {"Miguel"}, {"Pablo"},   {"Sergio"},
                              {"Diego"},   {"Álvaro"},  {"Jorge"},  {"Raúl"},      {"Andrés"},
                              {"Iñaki"},   {"Joaquín"}, {"Rubén"}};
constexpr Name kSpanishFamily[] = {
    {"García"},   {"Rodríguez"}, {"González"}, {"Fernández"}, {"López"},   {"Martínez"},
    {"Sánchez"},  {"Pérez"},     {"Gómez"},    {"Martín"},    {"Jiménez"}, {"Ruiz"},
    {"Hernández"}, {"Díaz"},     {"Moreno"},   {"Muñoz"},     {"Álvarez"}, {"Romero"},
    {"Núñez"},    {"Navarro"},   {"Torres"},   {"Domínguez"}, {"Vázquez"}, {"Ramos"},
    {"Castillo"}, {"Ortega"},    {"Delgado"},  {"Ibáñez"}};
constexpr Nickname kSpanishNick[] = {{"José", "Pepe"},      {"Francisco", "Paco"},
                                     {"Guadalupe", "Lupe"}, {"Alejandro", "Álex"},
                                     {"Manuel", "Manolo"},  {"Pilar", "Pili"}};

constexpr Name kPortugueseF[] = {{"Ana"},    {"Maria"},   {"Beatriz"},  {"Mariana"}, {"Inês"},
                                 {"Leonor"}, {"Carolina"}, {"Joana"},   {"Catarina"}, {"Rita"},
                                 {"Juliana"}, {"Fernanda"}, {"Gabriela"}, {"Letícia"}, {"Camila"},
                                 {"Conceição"}};
constexpr Name kPortugueseM[] = {{"João"},   {"Pedro"},  {"Tiago"},  {"Rafael"},  {"Miguel"},
                                 {"Gonçalo"}, {"Rodrigo"}, {"Luís"},  {"André"},   {"Bruno"},
                                 {"Thiago"}, {"Lucas"},  {"Gustavo"}, {"Vinícius"}, {"Mateus"},
                                 {"Sebastião"}};
constexpr Name kPortugueseFamily[] = {
    {"Silva"},   {"Santos"},  {"Ferreira"}, {"Pereira"}, {"Oliveira"}, {"Costa"},
    {"Rodrigues"}, {"Martins"}, {"Sousa"},  {"Fernandes"}, {"Gonçalves"}, {"Gomes"},
    {"Lopes"},   {"Marques"}, {"Alves"},    {"Almeida"}, {"Ribeiro"},  {"Pinto"},
    {"Carvalho"}, {"Teixeira"}, {"Moreira"}, {"Correia"}, {"Mendes"},   {"Araújo"}};

constexpr Name kFrenchF[] = {{"Zoë"},    {"Camille"}, {"Léa"},      {"Chloé"},  {"Manon"},
                             {"Inès"},   {"Juliette"}, {"Élodie"},  {"Margaux"}, {"Amélie"},
                             {"Céline"}, {"Hélène"},  {"Aurélie"},  {"Mathilde"}, {"Noémie"},
                             {"Anaïs"},  {"Françoise"}, {"Gaëlle"}};
constexpr Name kFrenchM[] = {{"Lucas"},   {"Hugo"},     {"Louis"},   {"Théo"},     {"Raphaël"},
                             {"Antoine"}, {"Julien"},   {"Mathieu"}, {"Nicolas"},  {"Guillaume"},
                             {"Étienne"}, {"Benoît"},   {"François"}, {"Jérôme"},  {"Sébastien"},
                             {"Maxime"},  {"Thierry"},  {"Jean-Luc"}};
constexpr Name kFrenchFamily[] = {
    {"Lefèvre"}, {"Martin"},   {"Bernard"},  {"Dubois"},  {"Thomas"},   {"Robert"},
    {"Richard"}, {"Petit"},    {"Durand"},   {"Leroy"},   {"Moreau"},   {"Simon"},
    {"Laurent"}, {"Michel"},   {"Bertrand"}, {"Roux"},    {"Vincent"},  {"Fournier"},
    {"Morel"},   {"Girard"},   {"Mercier"},  {"Faure"},   {"Rousseau"}, {"Chevalier"},
    {"Gauthier"}, {"Lemaître"}, {"Bonnet"},  {"Benoît"}};

constexpr Name kItalianF[] = {{"Giulia"}, {"Chiara"},   {"Francesca"}, {"Sara"},  {"Martina"},
                              {"Alessia"}, {"Federica"}, {"Valentina"}, {"Elisa"}, {"Silvia"},
                              {"Paola"},  {"Giovanna"}, {"Beatrice"},  {"Ilaria"}};
constexpr Name kItalianM[] = {{"Marco"},    {"Luca"},     {"Giuseppe"}, {"Francesco"},
                              {"Alessandro"}, {"Andrea"}, {"Matteo"},   {"Lorenzo"},
                              {"Davide"},   {"Stefano"},  {"Niccolò"},  {"Giorgio"},
                              {"Riccardo"}, {"Fabio"}};
constexpr Name kItalianFamily[] = {
    {"Rossi"},  {"Russo"},   {"Ferrari"},  {"Esposito"}, {"Bianchi"},  {"Romano"},
    {"Colombo"}, {"Ricci"},  {"Marino"},   {"Greco"},    {"Bruno"},    {"Gallo"},
    {"Conti"},  {"De Luca"}, {"Mancini"},  {"Giordano"}, {"Rizzo"},    {"Lombardi"},
    {"Moretti"}, {"Barbieri"}, {"Fontana"}, {"Santoro"},  {"D'Angelo"}};

constexpr Name kGreekF[] = {{"Μαρία", "maria"},         {"Ελένη", "eleni"},
                            {"Αικατερίνη", "aikaterini"}, {"Βασιλική", "vasiliki"},
                            {"Σοφία", "sofia"},          {"Γεωργία", "georgia"},
                            {"Δήμητρα", "dimitra"},      {"Ευαγγελία", "evangelia"},
                            {"Χριστίνα", "christina"},   {"Αναστασία", "anastasia"},
                            {"Ιωάννα", "ioanna"},        {"Κωνσταντίνα", "konstantina"}};
constexpr Name kGreekM[] = {{"Γιώργος", "giorgos"},     {"Δημήτρης", "dimitris"},
                            {"Κωνσταντίνος", "konstantinos"}, {"Ιωάννης", "ioannis"},
                            {"Νίκος", "nikos"},          {"Παναγιώτης", "panagiotis"},
                            {"Βασίλης", "vasilis"},      {"Χρήστος", "christos"},
                            {"Αθανάσιος", "athanasios"}, {"Μιχάλης", "michalis"},
                            {"Ευάγγελος", "evangelos"},  {"Σπύρος", "spyros"}};
constexpr Name kGreekFamilyM[] = {
    {"Παπαδόπουλος", "papadopoulos"}, {"Γεωργίου", "georgiou"},   {"Νικολάου", "nikolaou"},
    {"Οικονόμου", "oikonomou"},       {"Δημητρίου", "dimitriou"}, {"Ιωάννου", "ioannou"},
    {"Κωνσταντίνου", "konstantinou"}, {"Μακρής", "makris"},       {"Καραγιάννης", "karagiannis"},
    {"Πετρόπουλος", "petropoulos"},   {"Αλεξίου", "alexiou"},     {"Βασιλείου", "vasileiou"}};
constexpr Name kGreekFamilyF[] = {
    {"Παπαδοπούλου", "papadopoulou"}, {"Γεωργίου", "georgiou"},   {"Νικολάου", "nikolaou"},
    {"Οικονόμου", "oikonomou"},       {"Δημητρίου", "dimitriou"}, {"Ιωάννου", "ioannou"},
    {"Κωνσταντίνου", "konstantinou"}, {"Μακρή", "makri"},         {"Καραγιάννη", "karagianni"},
    {"Πετροπούλου", "petropoulou"},   {"Αλεξίου", "alexiou"},     {"Βασιλείου", "vasileiou"}};
constexpr Nickname kGreekNick[] = {{"Γιώργος", "George"}, {"Αικατερίνη", "Κατερίνα"},
                                   {"Κωνσταντίνος", "Κώστας"}, {"Αναστασία", "Τασία"}};

constexpr Name kRussianF[] = {{"Анна", "anna"},       {"Мария", "maria"},    {"Екатерина", "ekaterina"},
                              {"Ольга", "olga"},      {"Татьяна", "tatiana"}, {"Наталья", "natalia"},
                              {"Елена", "elena"},     {"Ирина", "irina"},    {"Светлана", "svetlana"},
                              {"Юлия", "yulia"},      {"Дарья", "daria"},    {"Ксения", "ksenia"},
                              {"Алина", "alina"},     {"Виктория", "viktoria"}};
constexpr Name kRussianM[] = {{"Александр", "aleksandr"}, {"Дмитрий", "dmitry"}, {"Сергей", "sergey"},
                              {"Андрей", "andrey"},     {"Алексей", "aleksey"}, {"Иван", "ivan"},
                              {"Михаил", "mikhail"},    {"Николай", "nikolay"}, {"Павел", "pavel"},
                              {"Артём", "artyom"},      {"Владимир", "vladimir"}, {"Евгений", "evgeny"},
                              {"Максим", "maksim"},     {"Роман", "roman"}};
constexpr Name kRussianFamilyM[] = {
    {"Смирнов", "smirnov"},   {"Иванов", "ivanov"},     {"Кузнецов", "kuznetsov"},
    {"Попов", "popov"},       {"Васильев", "vasiliev"}, {"Петров", "petrov"},
    {"Соколов", "sokolov"},   {"Михайлов", "mikhailov"}, {"Новиков", "novikov"},
    {"Фёдоров", "fedorov"},   {"Морозов", "morozov"},   {"Волков", "volkov"},
    {"Лебедев", "lebedev"},   {"Козлов", "kozlov"},     {"Орлов", "orlov"}};
constexpr Name kRussianFamilyF[] = {
    {"Смирнова", "smirnova"}, {"Иванова", "ivanova"},     {"Кузнецова", "kuznetsova"},
    {"Попова", "popova"},     {"Васильева", "vasilieva"}, {"Петрова", "petrova"},
    {"Соколова", "sokolova"}, {"Михайлова", "mikhailova"}, {"Новикова", "novikova"},
    {"Фёдорова", "fedorova"}, {"Морозова", "morozova"},   {"Волкова", "volkova"},
    {"Лебедева", "lebedeva"}, {"Козлова", "kozlova"},     {"Орлова", "orlova"}};
constexpr Nickname kRussianNick[] = {{"Александр", "Саша"}, {"Екатерина", "Катя"},
                                     {"Дмитрий", "Дима"},   {"Мария", "Маша"},
                                     {"Наталья", "Наташа"}, {"Михаил", "Миша"}};

constexpr Name kKoreanF[] = {{"서연", "seoyeon"}, {"지우", "jiwoo"},   {"민서", "minseo"},
                             {"하은", "haeun"},   {"수빈", "subin"},   {"지민", "jimin"},
                             {"예은", "yeeun"},   {"윤서", "yoonseo"}, {"은지", "eunji"},
                             {"혜진", "hyejin"},  {"수진", "sujin"},   {"미영", "miyoung"},
                             {"지현", "jihyun"},  {"유나", "yuna"}};
constexpr Name kKoreanM[] = {{"민준", "minjun"},  {"서준", "seojun"},  {"도윤", "doyoon"},
                             {"예준", "yejun"},   {"시우", "siwoo"},   {"지훈", "jihoon"},
                             {"현우", "hyunwoo"}, {"준호", "junho"},   {"성민", "sungmin"},
                             {"동현", "donghyun"}, {"상훈", "sanghoon"}, {"영수", "youngsoo"},
                             {"재원", "jaewon"},  {"태현", "taehyun"}};
constexpr Name kKoreanFamily[] = {{"김", "kim"},   {"이", "lee"},  {"박", "park"}, {"최", "choi"},
                                  {"정", "jung"},  {"강", "kang"}, {"조", "cho"},  {"윤", "yoon"},
                                  {"장", "jang"},  {"임", "lim"},  {"한", "han"},  {"오", "oh"},
                                  {"서", "seo"},   {"신", "shin"}, {"권", "kwon"}, {"황", "hwang"},
                                  {"안", "ahn"},   {"송", "song"}, {"류", "ryu"},  {"홍", "hong"}};

constexpr Name kJapaneseF[] = {{"花子", "hanako"}, {"陽菜", "hina"},   {"結衣", "yui"},
                               {"美咲", "misaki"}, {"さくら", "sakura"}, {"葵", "aoi"},
                               {"恵子", "keiko"},  {"由美", "yumi"},   {"真由美", "mayumi"},
                               {"愛", "ai"},       {"奈々", "nana"},   {"彩", "aya"},
                               {"明美", "akemi"},  {"優子", "yuko"}};
constexpr Name kJapaneseM[] = {{"翔太", "shota"},  {"大輔", "daisuke"}, {"健太", "kenta"},
                               {"拓也", "takuya"}, {"蓮", "ren"},       {"悠斗", "yuto"},
                               {"浩", "hiroshi"},  {"誠", "makoto"},    {"隆", "takashi"},
                               {"直樹", "naoki"},  {"大翔", "hiroto"},  {"和也", "kazuya"},
                               {"亮", "ryo"},      {"修", "osamu"}};
constexpr Name kJapaneseFamily[] = {
    {"佐藤", "sato"},     {"鈴木", "suzuki"},   {"高橋", "takahashi"}, {"田中", "tanaka"},
    {"伊藤", "ito"},      {"渡辺", "watanabe"}, {"山本", "yamamoto"},  {"中村", "nakamura"},
    {"小林", "kobayashi"}, {"加藤", "kato"},    {"吉田", "yoshida"},   {"山田", "yamada"},
    {"佐々木", "sasaki"}, {"山口", "yamaguchi"}, {"松本", "matsumoto"}, {"井上", "inoue"},
    {"木村", "kimura"},   {"林", "hayashi"},    {"清水", "shimizu"},   {"森", "mori"}};

constexpr Name kChineseF[] = {{"芳", "fang"},     {"娜", "na"},       {"静", "jing"},
                              {"丽", "li"},       {"敏", "min"},      {"婷", "ting"},
                              {"雪", "xue"},      {"欣怡", "xinyi"},  {"梓涵", "zihan"},
                              {"雨萱", "yuxuan"}, {"秀英", "xiuying"}, {"慧", "hui"},
                              {"佳怡", "jiayi"},  {"晓燕", "xiaoyan"}};
constexpr Name kChineseM[] = {{"伟", "wei"},      {"强", "qiang"},    {"磊", "lei"},
                              {"洋", "yang"},     {"勇", "yong"},     {"军", "jun"},
                              {"杰", "jie"},      {"浩然", "haoran"}, {"子轩", "zixuan"},
                              {"宇航", "yuhang"}, {"俊杰", "junjie"}, {"志明", "zhiming"},
                              {"建华", "jianhua"}, {"明", "ming"}};
constexpr Name kChineseFamily[] = {{"王", "wang"}, {"李", "li"},    {"张", "zhang"}, {"刘", "liu"},
                                   {"陈", "chen"}, {"杨", "yang"},  {"黄", "huang"}, {"赵", "zhao"},
                                   {"吴", "wu"},   {"周", "zhou"},  {"徐", "xu"},    {"孙", "sun"},
                                   {"马", "ma"},   {"朱", "zhu"},   {"胡", "hu"},    {"郭", "guo"},
                                   {"何", "he"},   {"林", "lin"},   {"罗", "luo"},   {"高", "gao"}};

constexpr Name kArabicF[] = {{"ليلى", "layla"},  {"فاطمة", "fatima"}, {"مريم", "maryam"},
                             {"نور", "nour"},    {"سارة", "sara"},    {"هدى", "huda"},
                             {"رنا", "rana"},    {"ياسمين", "yasmin"}, {"أمل", "amal"},
                             {"زينب", "zainab"}, {"رهف", "rahaf"},    {"لينا", "lina"}};
constexpr Name kArabicM[] = {{"محمد", "mohammed"}, {"أحمد", "ahmed"}, {"عمر", "omar"},
                             {"خالد", "khaled"},   {"يوسف", "youssef"}, {"علي", "ali"},
                             {"حسن", "hassan"},    {"كريم", "karim"}, {"طارق", "tarek"},
                             {"سامي", "sami"},     {"ماجد", "majed"}, {"زياد", "ziad"}};
constexpr Name kArabicFamily[] = {
    {"حداد", "haddad"},   {"الخوري", "khoury"},   {"منصور", "mansour"}, {"سليمان", "suleiman"},
    {"عبد الله", "abdallah"}, {"النجار", "najjar"}, {"حمدان", "hamdan"}, {"صالح", "saleh"},
    {"يونس", "younes"},   {"عيسى", "issa"},       {"قاسم", "kassem"},   {"الشامي", "shami"}};

constexpr Name kIndianF[] = {{"Priya"},   {"Ananya"}, {"Divya"},   {"Kavya"},   {"Aishwarya"},
                             {"Pooja"},   {"Neha"},   {"Shreya"},  {"Lakshmi"}, {"Meera"},
                             {"Sunita"},  {"Deepika"}, {"Anjali"}, {"Ritu"}};
constexpr Name kIndianM[] = {{"Arjun"},  {"Rahul"},  {"Vikram"},  {"Rohan"},  {"Aditya"},
                             {"Sanjay"}, {"Karthik"}, {"Amit"},   {"Rajesh"}, {"Suresh"},
                             {"Vivek"},  {"Nikhil"}, {"Anil"},    {"Pranav"}};
constexpr Name kIndianFamily[] = {
    {"Sharma"}, {"Patel"},   {"Singh"},     {"Kumar"},     {"Gupta"},      {"Reddy"},
    {"Iyer"},   {"Nair"},    {"Menon"},     {"Rao"},       {"Desai"},      {"Joshi"},
    {"Mehta"},  {"Chatterjee"}, {"Banerjee"}, {"Mukherjee"}, {"Pillai"},   {"Kapoor"},
    {"Malhotra"}, {"Agarwal"}, {"Bose"},     {"Krishnan"}};

constexpr Name kHindiF[] = {{"प्रिया", "priya"}, {"अनन्या", "ananya"}, {"दिव्या", "divya"},
                            {"पूजा", "pooja"},   {"नेहा", "neha"},     {"सुनीता", "sunita"}};
constexpr Name kHindiM[] = {{"अर्जुन", "arjun"}, {"राहुल", "rahul"}, {"विक्रम", "vikram"},
                            {"अमित", "amit"},   {"संजय", "sanjay"}, {"राजेश", "rajesh"}};
constexpr Name kHindiFamily[] = {{"शर्मा", "sharma"}, {"वर्मा", "verma"},   {"गुप्ता", "gupta"},
                                 {"सिंह", "singh"},   {"मिश्रा", "mishra"}, {"तिवारी", "tiwari"},
                                 {"पांडे", "pandey"}, {"यादव", "yadav"},   {"जोशी", "joshi"}};

constexpr Name kVietnameseF[] = {{"Thị Lan", "lan"},     {"Thị Hoa", "hoa"},
                                 {"Thị Mai", "mai"},     {"Ngọc Anh", "anh"},
                                 {"Thu Trang", "trang"}, {"Thị Hương", "huong"},
                                 {"Minh Châu", "chau"},  {"Thanh Hằng", "hang"},
                                 {"Phương Linh", "linh"}, {"Bảo Ngọc", "ngoc"},
                                 {"Thùy Dung", "dung"},  {"Thị Thu", "thu"}};
constexpr Name kVietnameseM[] = {{"Văn Minh", "minh"},  {"Đức Anh", "anh"},
                                 {"Văn Hùng", "hung"},  {"Quốc Bảo", "bao"},
                                 {"Minh Tuấn", "tuan"}, {"Thanh Sơn", "son"},
                                 {"Văn Nam", "nam"},    {"Hoàng Long", "long"},
                                 {"Đình Khoa", "khoa"}, {"Quang Huy", "huy"},
                                 {"Trọng Phúc", "phuc"}, {"Hữu Thắng", "thang"}};
constexpr Name kVietnameseFamily[] = {
    {"Nguyễn", "nguyen"}, {"Trần", "tran"},   {"Lê", "le"},     {"Phạm", "pham"},
    {"Hoàng", "hoang"},   {"Huỳnh", "huynh"}, {"Phan", "phan"}, {"Vũ", "vu"},
    {"Võ", "vo"},         {"Đặng", "dang"},   {"Bùi", "bui"},   {"Đỗ", "do"},
    {"Hồ", "ho"},         {"Ngô", "ngo"},     {"Dương", "duong"}, {"Lý", "ly"}};
constexpr Nickname kVietnameseNick[] = {{"Thị Lan", "Lan"},   {"Ngọc Anh", "Anh"},
                                        {"Văn Minh", "Minh"}, {"Thu Trang", "Trang"},
                                        {"Quốc Bảo", "Bảo"},  {"Phương Linh", "Linh"}};

constexpr Name kTurkishF[] = {{"Çağla"}, {"Ayşe"},  {"Fatma"},  {"Zeynep"}, {"Elif"},  {"Emine"},
                              {"Hatice"}, {"Merve"}, {"Büşra"}, {"Esra"},   {"Özlem"}, {"Gülşen"},
                              {"Derya"}, {"Selin"}, {"Şule"},   {"İrem"}};
constexpr Name kTurkishM[] = {{"Mehmet"}, {"Mustafa"}, {"Ahmet"}, {"Ali"},   {"Hüseyin"}, {"Hasan"},
                              {"İbrahim"}, {"Murat"},  {"Emre"},  {"Burak"}, {"Can"},     {"Oğuz"},
                              {"Serkan"}, {"Kemal"},   {"Yusuf"}, {"Barış"}};
constexpr Name kTurkishFamily[] = {
    {"Yılmaz"}, {"Kaya"},   {"Demir"},  {"Şahin"},  {"Çelik"},  {"Yıldız"}, {"Yıldırım"},
    {"Öztürk"}, {"Aydın"},  {"Özdemir"}, {"Arslan"}, {"Doğan"}, {"Kılıç"},  {"Aslan"},
    {"Çetin"},  {"Kara"},   {"Koç"},    {"Kurt"},   {"Özkan"},  {"Şimşek"}, {"Polat"},
    {"Güneş"},  {"Aktaş"}};

constexpr Name kHungarianF[] = {{"Katalin"}, {"Erzsébet"}, {"Ildikó"},   {"Zsófia"},
                                {"Eszter"},  {"Réka"},     {"Anikó"},    {"Judit"},
                                {"Krisztina"}, {"Noémi"},  {"Dóra"},     {"Boglárka"}};
constexpr Name kHungarianM[] = {{"László"}, {"István"}, {"Zoltán"}, {"Gábor"},  {"Attila"},
                                {"Tamás"},  {"Péter"},  {"Balázs"}, {"Ferenc"}, {"Dániel"},
                                {"Levente"}, {"Csaba"}};
constexpr Name kHungarianFamily[] = {
    {"Nagy"},   {"Kovács"}, {"Tóth"},   {"Szabó"},  {"Horváth"}, {"Varga"},  {"Kiss"},
    {"Molnár"}, {"Németh"}, {"Farkas"}, {"Balogh"}, {"Papp"},    {"Takács"}, {"Juhász"},
    {"Lakatos"}, {"Mészáros"}, {"Oláh"}, {"Rácz"},   {"Fekete"}};

constexpr Name kWestAfricanF[] = {{"Chiamaka"}, {"Ngozi"},     {"Adaeze"},  {"Folasade"},
                                  {"Funmilayo"}, {"Chidinma"}, {"Amara"},   {"Yetunde"},
                                  {"Ifeoma"},   {"Temitope"},  {"Nkechi"},  {"Abimbola"}};
constexpr Name kWestAfricanM[] = {{"Chinedu"}, {"Oluwaseun"}, {"Emeka"},    {"Adebayo"},
                                  {"Tunde"},   {"Obinna"},    {"Babatunde"}, {"Ikechukwu"},
                                  {"Segun"},   {"Kelechi"},   {"Femi"},     {"Olumide"}};
constexpr Name kWestAfricanFamily[] = {
    {"Okafor"}, {"Adeyemi"}, {"Okonkwo"}, {"Balogun"}, {"Eze"},     {"Nwosu"},
    {"Ogunleye"}, {"Chukwu"}, {"Afolabi"}, {"Okeke"},  {"Oyelaran"}, {"Obi"},
    {"Adeleke"}, {"Ibekwe"}, {"Olawale"}, {"Nwachukwu"}};
constexpr Nickname kWestAfricanNick[] = {{"Oluwaseun", "Seun"}, {"Babatunde", "Tunde"},
                                         {"Ikechukwu", "Ike"},  {"Funmilayo", "Funmi"}};

constexpr int kAnglo[] = {kUK, kUS, kAU, kCA};
constexpr int kToUK[] = {kUK, kUS, kAU};
constexpr int kToGermany[] = {kDE, kUK};
constexpr int kToFrance[] = {kFR, kCA};
constexpr int kToAmericas[] = {kUS, kFR, kUK};
constexpr int kToPacific[] = {kUS, kCA, kAU};
constexpr int kToEurope[] = {kDE, kUK, kFR};
constexpr int kToEverywhere[] = {kUK, kUS, kCA, kAU, kDE};

struct Culture {
  int weight = 1;
  std::span<const Name> female, male, family;
  std::span<const Name> family_female = {};  ///< empty: the family names are not gendered
  bool family_first = false;
  bool joined = false;         ///< family and given name written without a space (CJK)
  bool umlaut_e = false;       ///< ä/ö/ü are ae/oe/ue in an e-mail handle (German)
  bool english_names = false;  ///< some clients go by an English name
  bool double_family = false;  ///< some carry two family names (Spanish, Portuguese)
  std::span<const Nickname> nicknames = {};
  std::span<const int> countries = kToEverywhere;
};

constexpr Culture kCultures[] = {
    {.weight = 18, .female = kEnglishF, .male = kEnglishM, .family = kEnglishFamily,
     .nicknames = kEnglishNick, .countries = kAnglo},
    {.weight = 6, .female = kIrishF, .male = kIrishM, .family = kIrishFamily,
     .nicknames = kIrishNick, .countries = kToUK},
    {.weight = 7, .female = kPolishF, .male = kPolishM, .family = kPolishFamilyM,
     .family_female = kPolishFamilyF, .nicknames = kPolishNick, .countries = kToEurope},
    {.weight = 7, .female = kGermanF, .male = kGermanM, .family = kGermanFamily, .umlaut_e = true,
     .nicknames = kGermanNick, .countries = kToGermany},
    {.weight = 3, .female = kNordicF, .male = kNordicM, .family = kNordicFamily,
     .countries = kToGermany},
    {.weight = 6, .female = kSpanishF, .male = kSpanishM, .family = kSpanishFamily,
     .double_family = true, .nicknames = kSpanishNick, .countries = kToAmericas},
    {.weight = 4, .female = kPortugueseF, .male = kPortugueseM, .family = kPortugueseFamily,
     .double_family = true, .countries = kToFrance},
    {.weight = 6, .female = kFrenchF, .male = kFrenchM, .family = kFrenchFamily,
     .countries = kToFrance},
    {.weight = 4, .female = kItalianF, .male = kItalianM, .family = kItalianFamily,
     .countries = kToEurope},
    {.weight = 3, .female = kGreekF, .male = kGreekM, .family = kGreekFamilyM,
     .family_female = kGreekFamilyF, .nicknames = kGreekNick, .countries = kToEurope},
    {.weight = 4, .female = kRussianF, .male = kRussianM, .family = kRussianFamilyM,
     .family_female = kRussianFamilyF, .nicknames = kRussianNick, .countries = kToGermany},
    {.weight = 4, .female = kKoreanF, .male = kKoreanM, .family = kKoreanFamily,
     .family_first = true, .joined = true, .english_names = true, .countries = kToPacific},
    {.weight = 3, .female = kJapaneseF, .male = kJapaneseM, .family = kJapaneseFamily,
     .family_first = true, .joined = true, .english_names = true, .countries = kToPacific},
    {.weight = 5, .female = kChineseF, .male = kChineseM, .family = kChineseFamily,
     .family_first = true, .joined = true, .english_names = true},
    {.weight = 4, .female = kArabicF, .male = kArabicM, .family = kArabicFamily,
     .countries = kToEurope},
    {.weight = 5, .female = kIndianF, .male = kIndianM, .family = kIndianFamily,
     .countries = kAnglo},
    {.weight = 1, .female = kHindiF, .male = kHindiM, .family = kHindiFamily, .countries = kToUK},
    {.weight = 3, .female = kVietnameseF, .male = kVietnameseM, .family = kVietnameseFamily,
     .family_first = true, .nicknames = kVietnameseNick, .countries = kToPacific},
    {.weight = 4, .female = kTurkishF, .male = kTurkishM, .family = kTurkishFamily,
     .countries = kToGermany},
    {.weight = 2, .female = kHungarianF, .male = kHungarianM, .family = kHungarianFamily,
     .family_first = true, .countries = kToEurope},
    {.weight = 3, .female = kWestAfricanF, .male = kWestAfricanM, .family = kWestAfricanFamily,
     .nicknames = kWestAfricanNick, .countries = kToUK},
};

/// "Given Family", or "Family Given" / "FamilyGiven" in the culture's own order.
std::string full_name(const Culture& c, string_view given, string_view family) {
  if (!c.family_first) return std::string(given) + " " + std::string(family);
  return std::string(family) + (c.joined ? "" : " ") + std::string(given);
}

constexpr string_view kEnglishGivenNames[] = {"Fiona", "Kevin", "Grace", "Jason", "Annie",
                                               "David", "Michelle", "Eric", "Joyce", "Tony",
                                               "Vivian", "Ken", "Jenny", "Andy"};

// ---- countries ---------------------------------------------------------------------------

struct City {
  string_view name;
  string_view region;
  string_view postal;  ///< prefix of the postal code (the rest is generated per country)
  string_view phone;   ///< dialling prefix of a fictional range, e.g. "+44 20 7946 0"
};

constexpr City kUSCities[] = {{"New York", "NY", "100", "212"},  {"Chicago", "IL", "606", "312"},
                              {"Seattle", "WA", "981", "206"},   {"Austin", "TX", "787", "512"},
                              {"Boston", "MA", "021", "617"},    {"Portland", "OR", "972", "503"},
                              {"Denver", "CO", "802", "303"},    {"San Diego", "CA", "921", "619"}};
constexpr City kUKCities[] = {
    {"London", "Greater London", "SE", "+44 20 7946 0"},
    {"London", "Greater London", "N", "+44 20 7946 0"},
    {"Manchester", "Greater Manchester", "M", "+44 161 496 0"},
    {"Bristol", "Bristol", "BS", "+44 117 496 0"},
    {"Leeds", "West Yorkshire", "LS", "+44 113 496 0"},
    {"Edinburgh", "Scotland", "EH", "+44 131 496 0"},
    {"Brighton", "East Sussex", "BN", "+44 1632 960"},
    {"Belfast", "Northern Ireland", "BT", "+44 28 9649 6"}};
constexpr City kDECities[] = {{"Berlin", "Berlin", "10", "+49 30 23125 "},
                              {"Berlin", "Berlin", "12", "+49 30 23125 "},
                              {"Hamburg", "Hamburg", "22", "+49 40 66969 "},
                              {"München", "Bayern", "80", "+49 89 99998 "},
                              {"Frankfurt am Main", "Hessen", "60", "+49 69 90009 "},
                              {"Köln", "Nordrhein-Westfalen", "50", "+49 221 4710 "}};
constexpr City kFRCities[] = {{"Paris", "Île-de-France", "750", "+33 1 99 00 "},
                              {"Lyon", "Auvergne-Rhône-Alpes", "6900", "+33 4 65 71 "},
                              {"Marseille", "Provence-Alpes-Côte d'Azur", "130", "+33 4 65 71 "},
                              {"Toulouse", "Occitanie", "3100", "+33 5 36 49 "},
                              {"Lille", "Hauts-de-France", "5900", "+33 3 53 01 "},
                              {"Nantes", "Pays de la Loire", "4400", "+33 2 61 91 "}};
constexpr City kAUCities[] = {{"Sydney", "NSW", "20", "+61 2 5550 "},
                              {"Melbourne", "VIC", "30", "+61 3 5550 "},
                              {"Brisbane", "QLD", "40", "+61 7 5550 "},
                              {"Perth", "WA", "60", "+61 8 5550 "},
                              {"Adelaide", "SA", "50", "+61 8 5550 "}};
constexpr City kCACities[] = {{"Toronto", "ON", "M", "416"},
                              {"Vancouver", "BC", "V", "604"},
                              {"Montréal", "QC", "H", "514"},
                              {"Ottawa", "ON", "K", "613"},
                              {"Calgary", "AB", "T", "403"}};

constexpr string_view kEnglishStreets[] = {
    "Willowmere Road", "Fernhollow Lane", "Ashcombe Street", "Larkspur Avenue", "Brambleton Close",
    "Quillfeather Road", "Thornbury Crescent", "Kestrel Way", "Juniper Hill", "Copperbeech Drive",
    "Marlowe Gardens", "Harebell Walk", "Sandpiper Court", "Oakhaven Terrace", "Millbrook Row",
    "Foxglove Place", "Wrenfield Grove", "Cobbler's Lane", "Elderwood Rise", "Heronsgate Parade"};
constexpr string_view kGermanStreets[] = {
    "Lindenhofweg", "Am Mühlengrund", "Birkenstieg", "Fliederhain", "Kastanienallee-Süd",
    "Rotdornweg", "Zum Erlenbruch", "Holunderstraße", "Am Eulenberg", "Ginsterpfad",
    "Wacholderring", "Quittenweg", "Lerchenfeldstraße", "Schlehenhang"};
constexpr string_view kFrenchStreets[] = {
    "rue des Glycines-Bleues", "allée des Tilleuls-Dorés", "rue du Moulin-Vert",
    "avenue des Coquelicots", "impasse des Lavandières", "rue de l'Églantier",
    "chemin des Merisiers", "rue des Mésanges", "boulevard des Aubépines", "place du Vieux-Cèdre"};
constexpr string_view kUSSuffixes[] = {"Apt 2B", "Apt 4C", "Unit 12", "Suite 300", "Apt 7A"};
constexpr string_view kUKSuffixes[] = {"Flat 2", "Flat 5", "Flat B", "Ground floor flat"};
constexpr string_view kDESuffixes[] = {"Hinterhaus", "3. OG links", "Aufgang B", "2. OG"};
constexpr string_view kFRSuffixes[] = {"Bâtiment B", "Escalier 2", "Appartement 14", "3e étage"};

constexpr string_view kCountryNames[] = {"United States", "United Kingdom", "Deutschland",
                                         "France",        "Australia",      "Canada"};

std::span<const City> cities_of(int country) {
  switch (country) {
    case kUS: return kUSCities;
    case kUK: return kUKCities;
    case kDE: return kDECities;
    case kFR: return kFRCities;
    case kAU: return kAUCities;
    default: return kCACities;
  }
}

// ---- work, contacts ------------------------------------------------------------------------

struct Occupation {
  string_view title;
  Work work;
  int weight;
};

constexpr Occupation kOccupations[] = {
    {"Software developer", Work::kDesk, 9},     {"Accountant", Work::kDesk, 5},
    {"Graphic designer", Work::kDesk, 3},       {"Project manager", Work::kDesk, 4},
    {"Administrative assistant", Work::kDesk, 4}, {"Data analyst", Work::kDesk, 3},
    {"Lawyer", Work::kDesk, 2},                 {"Architect", Work::kDesk, 2},
    {"Call-centre agent", Work::kDesk, 2},      {"Civil servant", Work::kDesk, 3},
    {"Marketing manager", Work::kDesk, 2},      {"Translator", Work::kDesk, 1},
    {"Engineer", Work::kDesk, 3},               {"Financial adviser", Work::kDesk, 2},
    {"Receptionist", Work::kDesk, 2},           {"Journalist", Work::kDesk, 1},
    {"University researcher", Work::kDesk, 2},  {"UX designer", Work::kDesk, 1},
    {"Nurse", Work::kStanding, 5},              {"Teacher", Work::kStanding, 5},
    {"Dentist", Work::kStanding, 1},            {"Dental hygienist", Work::kStanding, 1},
    {"Hairdresser", Work::kStanding, 3},        {"Barista", Work::kStanding, 2},
    {"Chef", Work::kStanding, 2},               {"Checkout operator", Work::kStanding, 2},
    {"Retail assistant", Work::kStanding, 3},   {"Pharmacist", Work::kStanding, 1},
    {"Care worker", Work::kStanding, 2},        {"Midwife", Work::kStanding, 1},
    {"Veterinarian", Work::kStanding, 1},       {"Violinist", Work::kStanding, 1},
    {"Electrician", Work::kManual, 2},          {"Plumber", Work::kManual, 1},
    {"Carpenter", Work::kManual, 1},            {"Warehouse operative", Work::kManual, 2},
    {"Gardener", Work::kManual, 1},             {"Construction worker", Work::kManual, 2},
    {"Car mechanic", Work::kManual, 1},         {"Cleaner", Work::kManual, 2},
    {"Painter and decorator", Work::kManual, 1}, {"Parent at home", Work::kManual, 2},
    {"Truck driver", Work::kDriving, 2},        {"Bus driver", Work::kDriving, 1},
    {"Courier", Work::kDriving, 2},             {"Taxi driver", Work::kDriving, 1},
    {"Personal trainer", Work::kActive, 1},     {"Dance teacher", Work::kActive, 1},
    {"Yoga instructor", Work::kActive, 1},      {"Firefighter", Work::kActive, 1},
    {"Police officer", Work::kActive, 1},       {"Postal worker", Work::kActive, 1}};
constexpr string_view kRetiredTitles[] = {"Retired", "Retired", "Retired", "Retired teacher",
                                          "Retired nurse", "Retired engineer", "Retired farmer"};
constexpr string_view kRelatives[] = {"spouse", "partner", "mother", "father", "sister",
                                      "brother", "daughter", "son"};
constexpr string_view kReferrals[] = {
    "Google search", "Friend or family", "Physician referral", "Instagram", "Walk-in",
    "Employer wellness programme", "Physiotherapist referral", "Gift voucher",
    "Sports club", "Returning client", "Local newsletter", "Chiropractor referral"};
constexpr int kReferralWeights[] = {22, 26, 12, 6, 5, 5, 7, 4, 4, 3, 2, 4};
constexpr string_view kPractices[][4] = {
    {"Lakeside Family Medicine", "Northpoint Internal Medicine", "Cedar Grove Health Center",
     "Riverbend Primary Care"},
    {"Riverside Medical Centre", "Elmwood Surgery", "The Orchard Practice", "Kingsgate Health Centre"},
    {"Hausarztpraxis am Lindenplatz", "Gemeinschaftspraxis Birkenhof", "Praxis am Mühlenteich",
     "MVZ Ginsterhöhe"},
    {"Cabinet médical des Tilleuls", "Maison de santé du Parc", "Centre médical Saint-Roch",
     "Cabinet du Vieux-Port"},
    {"Harbourside Medical Centre", "Wattle Grove Family Practice", "Bayview GP Clinic",
     "Southbank Medical"},
    {"Queen West Family Health Team", "Clinique médicale Saint-Laurent", "Maplewood Medical Clinic",
     "Harbourfront Health"}};
constexpr string_view kClientNotes[] = {
    "Prefers firm pressure.",
    "Prefers light pressure.",
    "Likes a warm room and a blanket.",
    "Prefers little conversation during sessions.",
    "Hard of hearing on the left; face them when speaking.",
    "Ground-floor room please: uses a stick on stairs.",
    "Prefers a female therapist.",
    "Prefers a male therapist.",
    "Ticklish feet: skip foot work.",
    "Extended health insurance: needs itemised receipts.",
    "Usually books the last slot of the day.",
    "Uncomfortable in the face cradle: use side-lying for neck work.",
    "Runs marathons; books extra sessions before races.",
    "Often late because of school pick-up; keep 15 min buffer."};

// ---- helpers -----------------------------------------------------------------------------

std::string digits(Random& rng, int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += static_cast<char>('0' + rng.between(0, 9));
  return s;
}

char letter(Random& rng) {
  constexpr string_view kLetters = "ABDEFGHJLNPQRSTUWXYZ";  // as in UK/CA postcodes
  return kLetters[rng.index(kLetters.size())];
}

template <typename T>
const T& pick(Random& rng, std::span<const T> items) {
  return items[rng.index(items.size())];
}

string_view preferred_for(std::span<const Nickname> nicks, string_view given) {
  for (const auto& n : nicks)
    if (n.given == given) return n.preferred;
  return {};
}

std::string latin_of(const Name& n, bool umlaut_e) {
  return n.latin.empty() ? ascii_handle(n.text, umlaut_e) : std::string(n.latin);
}

std::string postal_code(Random& rng, int country, const City& city) {
  std::string code(city.postal);
  switch (country) {
    case kUS: return code + digits(rng, 2);
    case kUK:
      return code + std::to_string(rng.between(1, 19)) + " " + digits(rng, 1) + letter(rng) +
             letter(rng);
    case kDE: return code + digits(rng, 3);
    case kFR:
      return code.size() == 3 ? code + "0" + std::to_string(rng.between(1, 9)) : code + "0";
    case kAU: return code + digits(rng, 2);
    default:
      return code + digits(rng, 1) + letter(rng) + " " + digits(rng, 1) + letter(rng) +
             digits(rng, 1);
  }
}

Address make_address(Random& rng, int country) {
  const City& city = pick(rng, cities_of(country));
  Address a;
  const std::string number = std::to_string(rng.between(1, rng.chance(0.7) ? 60 : 240));
  switch (country) {
    case kDE:
      a.line1 = std::string(pick<string_view>(rng, kGermanStreets)) + " " + number;
      if (rng.chance(0.15)) a.line1 += static_cast<char>('a' + rng.between(0, 2));
      if (rng.chance(0.2)) a.line2 = pick<string_view>(rng, kDESuffixes);
      break;
    case kFR:
      a.line1 = number + (rng.chance(0.1) ? " bis " : " ") +
                std::string(pick<string_view>(rng, kFrenchStreets));
      if (rng.chance(0.25)) a.line2 = pick<string_view>(rng, kFRSuffixes);
      break;
    default:
      a.line1 = number + " " + std::string(pick<string_view>(rng, kEnglishStreets));
      if (rng.chance(0.2))
        a.line2 = pick<string_view>(rng, country == kUK ? std::span<const string_view>(kUKSuffixes)
                                                        : std::span<const string_view>(kUSSuffixes));
      break;
  }
  a.city = city.name;
  a.region = country == kDE || country == kFR ? std::string() : std::string(city.region);
  if (country == kDE && rng.chance(0.3)) a.region = city.region;
  a.postal_code = postal_code(rng, country, city);
  a.country = kCountryNames[country];
  return a;
}

Date birth_date(Random& rng, Date until, int age) {
  using namespace std::chrono;
  const unsigned d = std::min(static_cast<unsigned>(until.day()), 28u);
  const Date anniversary{until.year() - years{age}, until.month(), day{d}};
  return Date{sys_days{anniversary} - days{rng.between(0, 364)}};
}

int pick_age(Random& rng) {
  constexpr int kLo[] = {16, 25, 35, 45, 55, 65, 75};
  constexpr int kHi[] = {24, 34, 44, 54, 64, 74, 85};
  constexpr int kWeights[] = {10, 22, 24, 20, 13, 8, 3};
  const std::size_t b = rng.weighted(kWeights);
  return rng.between(kLo[b], kHi[b]);
}

std::string make_email(Random& rng, const std::string& given, const std::string& family,
                       const Date& dob) {
  constexpr string_view kDomains[] = {"example.org", "example.com", "example.net"};
  constexpr int kDomainWeights[] = {4, 5, 2};
  std::string local;
  const std::string yy = std::to_string(static_cast<int>(dob.year()) % 100 + 100).substr(1);
  const std::string g = given.empty() ? std::string("client") : given;
  const std::string f = family.empty() ? g : family;
  switch (rng.between(0, 5)) {
    case 0: local = g + "." + f; break;
    case 1: local = g + f + yy; break;
    case 2: local = g.substr(0, 1) + "." + f; break;
    case 3: local = f + "." + g; break;
    case 4: local = g + "_" + f; break;
    default: local = g + f.substr(0, 1) + std::to_string(rng.between(1, 99)); break;
  }
  return local + "@" + std::string(kDomains[rng.weighted(kDomainWeights)]);
}

}  // namespace

std::string ascii_handle(std::string_view name, bool umlaut_e) {
  struct Fold {
    string_view from;
    string_view to;
  };
  // Lower-case and upper-case forms of the Latin letters in the name lists.
  static constexpr Fold kFolds[] = {
      {"ą", "a"}, {"ć", "c"}, {"ę", "e"}, {"ł", "l"}, {"Ł", "l"}, {"ń", "n"}, {"ś", "s"},
      {"Ś", "s"}, {"ź", "z"}, {"ż", "z"}, {"Ż", "z"}, {"ß", "ss"}, {"å", "a"}, {"Å", "a"},
      {"ø", "o"}, {"Ø", "o"}, {"æ", "ae"}, {"á", "a"}, {"à", "a"}, {"â", "a"}, {"ã", "a"},
      {"Á", "a"}, {"é", "e"}, {"è", "e"}, {"ê", "e"}, {"ë", "e"}, {"É", "e"}, {"í", "i"},
      {"ì", "i"}, {"î", "i"}, {"ï", "i"}, {"ó", "o"}, {"ò", "o"}, {"ô", "o"}, {"õ", "o"},
      {"Ó", "o"}, {"ő", "o"}, {"ú", "u"}, {"ù", "u"}, {"û", "u"}, {"ű", "u"}, {"ñ", "n"},
      {"ç", "c"}, {"Ç", "c"}, {"ğ", "g"}, {"ı", "i"}, {"İ", "i"}, {"ş", "s"}, {"Ş", "s"},
      {"Ö", "o"}, {"Ü", "u"}, {"Ä", "a"}, {"É", "e"}, {"Ò", "o"}};
  std::string out;
  std::size_t i = 0;
  while (i < name.size()) {
    const char c = name[i];
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out += c;
      ++i;
      continue;
    }
    if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
      ++i;
      continue;
    }
    const auto b = static_cast<unsigned char>(c);
    if (b < 0x80) {  // apostrophes, hyphens, spaces
      ++i;
      continue;
    }
    const std::size_t len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
    const string_view ch = name.substr(i, len);
    i += len;
    if (ch == "ä" || ch == "ö" || ch == "ü") {
      out += ch == "ä" ? 'a' : ch == "ö" ? 'o' : 'u';
      if (umlaut_e) out += 'e';
      continue;
    }
    for (const Fold& f : kFolds)
      if (f.from == ch) {
        out += f.to;
        break;
      }
  }
  return out;
}

std::string make_phone(Random& rng, int country) {
  const City& city = pick(rng, cities_of(country));
  const std::string p(city.phone);
  switch (country) {
    case kUS:
    case kCA: {
      const std::string last = "01" + digits(rng, 2);
      switch (rng.between(0, 2)) {
        case 0: return "+1 " + p + " 555 " + last;
        case 1: return "(" + p + ") 555-" + last;
        default: return p + "-555-" + last;
      }
    }
    case kUK:
      if (rng.chance(0.4)) return "+44 7700 900" + digits(rng, 3);
      return p + digits(rng, 3);
    case kFR:
      if (rng.chance(0.4)) return "+33 6 39 98 " + digits(rng, 2) + " " + digits(rng, 2);
      return p + digits(rng, 2) + " " + digits(rng, 2);
    case kAU:
      if (rng.chance(0.3)) return "+61 491 570 " + std::to_string(rng.between(156, 159));
      return p + digits(rng, 4);
    default: return p + digits(rng, 3);
  }
}

Person make_person(Random& rng, Date until) {
  Person p;
  const Culture& culture = rng.pick_weighted<Culture>(kCultures);
  p.sex = rng.chance(0.58) ? Sex::kFemale : Sex::kMale;  // massage clinics see more women
  const bool female = p.sex == Sex::kFemale;
  const auto& given_list = female ? culture.female : culture.male;
  const std::size_t family_index = rng.index(culture.family.size());
  const Name& given = pick(rng, given_list);
  const Name& family = female && !culture.family_female.empty()
                           ? culture.family_female[family_index]
                           : culture.family[family_index];

  Client& c = p.client;
  c.given_name = given.text;
  c.family_name = family.text;
  c.family_name_first = culture.family_first;
  std::string family_latin = latin_of(family, culture.umlaut_e);
  if (culture.double_family && rng.chance(0.25)) {
    const Name& second = pick(rng, culture.family);
    if (second.text != family.text) c.family_name += " " + std::string(second.text);
  }
  std::string given_latin = latin_of(given, culture.umlaut_e);
  if (const auto nick = preferred_for(culture.nicknames, given.text);
      !nick.empty() && rng.chance(0.5))
    c.preferred_name = nick;
  else if (culture.english_names && rng.chance(0.25)) {
    // English names are gendered only loosely in this list; keep it simple and consistent.
    const std::size_t half = std::size(kEnglishGivenNames) / 2;
    c.preferred_name = kEnglishGivenNames[rng.index(half) * 2 + (female ? 0 : 1)];
    given_latin = ascii_handle(c.preferred_name, false);
  }

  p.age = pick_age(rng);
  c.date_of_birth = birth_date(rng, until, p.age);
  if (rng.chance(0.12)) {
    constexpr string_view kFemale[] = {"she/her", "she/her", "she/her", "she/they", "they/them"};
    constexpr string_view kMale[] = {"he/him", "he/him", "he/him", "he/they", "they/them"};
    c.pronouns = female ? pick<string_view>(rng, kFemale) : pick<string_view>(rng, kMale);
  }

  p.country = rng.chance(0.8) ? pick(rng, culture.countries) : rng.between(0, kCountryCount - 1);
  if (!rng.chance(0.04)) c.phone = make_phone(rng, p.country);
  if (!rng.chance(0.08)) c.email = make_email(rng, given_latin, family_latin, *c.date_of_birth);
  if (!rng.chance(0.05)) c.address = make_address(rng, p.country);

  if (p.age < 19 || (p.age < 26 && rng.chance(0.35))) {
    p.work = Work::kStudent;
    c.occupation = p.age < 19 && rng.chance(0.3) ? "Apprentice" : "Student";
  } else if (p.age >= 67 || (p.age >= 60 && rng.chance(0.4))) {
    p.work = Work::kRetired;
    c.occupation = pick<string_view>(rng, kRetiredTitles);
  } else if (!rng.chance(0.04)) {
    const Occupation& o = rng.pick_weighted<Occupation>(kOccupations);
    p.work = o.work;
    c.occupation = o.title;
  }

  if (rng.chance(0.85)) {
    const bool relative = rng.chance(0.85);
    const string_view relation = relative ? pick<string_view>(rng, kRelatives) : "friend";
    const bool contact_female = relation == "mother" || relation == "sister" ||
                                relation == "daughter" ||
                                ((relation == "spouse" || relation == "partner" ||
                                  relation == "friend") &&
                                 rng.chance(female ? 0.2 : 0.85));
    const auto& names = contact_female ? culture.female : culture.male;
    const bool same_family = relative && (relation != "partner" || rng.chance(0.3));
    const std::size_t fam = same_family ? family_index : rng.index(culture.family.size());
    const Name& cf = contact_female && !culture.family_female.empty() ? culture.family_female[fam]
                                                                       : culture.family[fam];
    const Name& cg = pick(rng, names);
    c.emergency_contact.name = full_name(culture, cg.text, cf.text);
    c.emergency_contact.relationship = relation;
    c.emergency_contact.phone = make_phone(rng, p.country);
  }

  if (rng.chance(0.6)) {
    const Culture& dc = rng.pick_weighted<Culture>(kCultures);
    const bool dr_female = rng.chance(0.5);
    const Name& dg = pick(rng, dr_female ? dc.female : dc.male);
    const std::size_t fam = rng.index(dc.family.size());
    const Name& df = dr_female && !dc.family_female.empty() ? dc.family_female[fam] : dc.family[fam];
    c.physician.name = "Dr. " + full_name(dc, dg.text, df.text);
    c.physician.phone = make_phone(rng, p.country);
    c.physician.practice = kPractices[p.country][rng.index(4)];
  }
  c.referral_source = kReferrals[rng.weighted(kReferralWeights)];
  if (rng.chance(0.2)) c.notes = pick<string_view>(rng, kClientNotes);
  return p;
}

}  // namespace myochart::demo::detail
