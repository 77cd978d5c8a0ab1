// The demo clinic's name lists, per culture.
#include "demo/demo_names.h"

namespace myochart::demo::detail {

namespace {

using std::string_view;

// ---- names ---------------------------------------------------------------------------------

constexpr Name kEnglishF[] = {
    "Emma",     "Olivia",  "Sophie", "Charlotte", "Amelia",    "Grace",     "Hannah",   "Lucy",
    "Emily",    "Jessica", "Sarah",  "Rebecca",   "Katherine", "Elizabeth", "Margaret", "Jennifer",
    "Samantha", "Megan",   "Chloe",  "Abigail",   "Harriet",   "Eleanor",   "Bethany",  "Imogen",
    "Alice",    "Isabel",  "Rosie",  "Phoebe",    "Freya",     "Evie",      "Natalie",  "Laura",
    "Victoria", "Helen",   "Claire", "Joanna"};
constexpr Name kEnglishM[] = {
    "James",    "Oliver",  "William",  "Thomas",    "Jack",    "Harry",       "George", "Samuel",
    "Daniel",   "Matthew", "Benjamin", "Alexander", "Michael", "Christopher", "Robert", "Andrew",
    "Jonathan", "Edward",  "Luke",     "Nathan",    "Owen",    "Callum",      "Rhys",   "Toby",
    "Henry",    "Joseph",  "Adam",     "Ryan",      "Jacob",   "Ethan",       "Lewis",  "Patrick",
    "Simon",    "Peter",   "Mark",     "Stuart"};
constexpr Name kEnglishFamily[] = {
    "Smith",   "Jones",    "Taylor",   "Brown",     "Williams",  "Wilson",       "Johnson",
    "Davies",  "Robinson", "Wright",   "Thompson",  "Evans",     "Walker",       "White",
    "Roberts", "Green",    "Hall",     "Wood",      "Jackson",   "Clarke",       "Hughes",
    "Edwards", "Harrison", "Turner",   "Cooper",    "Hill",      "Ward",         "Morris",
    "Bennett", "Fletcher", "Ashworth", "Whitfield", "Pemberton", "Lloyd-Hughes", "Marsh",
    "Lawson",  "Holloway", "Barker",   "Knight",    "Palmer",    "Chapman",      "Spencer",
    "Gibson",  "Porter",   "Hartley",  "Sutcliffe"};
constexpr Nickname kEnglishNick[] = {
    {"Alexander", "Alex"},    {"Elizabeth", "Liz"},   {"Katherine", "Kate"}, {"William", "Will"},
    {"Robert", "Rob"},        {"Margaret", "Maggie"}, {"Benjamin", "Ben"},   {"Jennifer", "Jen"},
    {"Christopher", "Chris"}, {"Samantha", "Sam"},    {"Michael", "Mike"},   {"Rebecca", "Becky"},
    {"Jonathan", "Jon"},      {"Abigail", "Abby"},    {"Samuel", "Sam"},     {"Matthew", "Matt"}};

constexpr Name kIrishF[] = {"Aoife",   "Siobhán", "Niamh",   "Caoimhe", "Róisín",  "Saoirse",
                            "Clodagh", "Orla",    "Sinéad",  "Gráinne", "Aisling", "Maeve",
                            "Éabha",   "Ciara",   "Bríd",    "Eimear",  "Nuala",   "Deirdre",
                            "Órla",    "Fiadh",   "Muireann"};
constexpr Name kIrishM[] = {"Seán",  "Cian",   "Oisín",  "Pádraig",  "Ciarán", "Darragh", "Eoin",
                            "Fionn", "Conor",  "Declan", "Diarmuid", "Tadhg",  "Ruairí",  "Liam",
                            "Colm",  "Cathal", "Donal",  "Eamon",    "Ronan",  "Lorcan",  "Senan"};
constexpr Name kIrishFamily[] = {
    "O'Brien",  "McAllister", "O'Sullivan", "Murphy",    "Kelly",    "Byrne",    "Ryan",
    "O'Connor", "Walsh",      "McCarthy",   "Gallagher", "Doherty",  "Kennedy",  "Lynch",
    "Quinn",    "O'Neill",    "Fitzgerald", "MacNamara", "McGrath",  "Brennan",  "Nolan",
    "Keane",    "Ó Briain",   "Mac Giolla", "Doyle",     "Flanagan", "Hennessy", "Kavanagh",
    "Moran",    "Whelan",     "Geraghty",   "Carroll"};
constexpr Nickname kIrishNick[] = {
    {"Pádraig", "Paddy"}, {"Diarmuid", "Dermot"}, {"Siobhán", "Shiv"}};

constexpr Name kPolishF[] = {
    "Łucja",    "Katarzyna",  "Małgorzata", "Agnieszka", "Anna",    "Magdalena", "Joanna",
    "Zofia",    "Aleksandra", "Ewa",        "Monika",    "Dorota",  "Justyna",   "Paulina",
    "Weronika", "Żaneta",     "Grażyna",    "Barbara",   "Jadwiga", "Bożena",    "Karolina",
    "Natalia",  "Marta",      "Elżbieta",   "Halina",    "Iwona",   "Beata",     "Urszula"};
constexpr Name kPolishM[] = {
    "Grzegorz", "Piotr",    "Krzysztof",  "Tomasz",     "Paweł",    "Michał",    "Łukasz",
    "Jakub",    "Marcin",   "Wojciech",   "Aleksander", "Jarosław", "Mateusz",   "Bartłomiej",
    "Szymon",   "Zbigniew", "Przemysław", "Maciej",     "Andrzej",  "Stanisław", "Henryk",
    "Dariusz",  "Rafał",    "Kamil",      "Adam",       "Ryszard"};
constexpr Name kPolishFamilyM[] = {
    "Kowalski",   "Wiśniewski", "Nowak",     "Wójcik",    "Kamiński",  "Lewandowski", "Zieliński",
    "Szymański",  "Woźniak",    "Dąbrowski", "Kozłowski", "Jankowski", "Mazur",       "Krawczyk",
    "Piotrowski", "Grabowski",  "Pawłowski", "Michalski", "Król",      "Wieczorek",   "Błaszczyk",
    "Sikora",     "Zając",      "Kaczmarek", "Adamczyk",  "Górski",    "Rutkowski",   "Ostrowski"};
constexpr Name kPolishFamilyF[] = {
    "Kowalska",   "Wiśniewska", "Nowak",     "Wójcik",    "Kamińska",  "Lewandowska", "Zielińska",
    "Szymańska",  "Woźniak",    "Dąbrowska", "Kozłowska", "Jankowska", "Mazur",       "Krawczyk",
    "Piotrowska", "Grabowska",  "Pawłowska", "Michalska", "Król",      "Wieczorek",   "Błaszczyk",
    "Sikora",     "Zając",      "Kaczmarek", "Adamczyk",  "Górska",    "Rutkowska",   "Ostrowska"};
constexpr Nickname kPolishNick[] = {
    {"Łucja", "Lucy"},    {"Katarzyna", "Kasia"}, {"Małgorzata", "Gosia"}, {"Aleksander", "Olek"},
    {"Grzegorz", "Greg"}, {"Aleksandra", "Ola"},  {"Magdalena", "Magda"},  {"Wojciech", "Wojtek"}};

constexpr Name kGermanF[] = {"Anna",   "Lena",     "Katharina", "Julia",     "Sabine", "Ursula",
                             "Monika", "Petra",    "Jana",      "Lea",       "Marie",  "Johanna",
                             "Greta",  "Brigitte", "Birgit",    "Franziska", "Jutta",  "Hildegard",
                             "Sophie", "Clara",    "Charlotte", "Heike",     "Karin",  "Renate",
                             "Emma",   "Mia",      "Nele",      "Susanne"};
constexpr Name kGermanM[] = {"Jürgen",  "Lukas",   "Maximilian", "Felix",  "Jonas",     "Stefan",
                             "Andreas", "Thomas",  "Wolfgang",   "Klaus",  "Dieter",    "Matthias",
                             "Tobias",  "Florian", "Jörg",       "Uwe",    "Günter",    "Johannes",
                             "Paul",    "Leon",    "Moritz",     "Niklas", "Sebastian", "Ralf",
                             "Bernd",   "Heinz",   "Karl",       "Fabian"};
constexpr Name kGermanFamily[] = {
    "Müller",   "Schmidt",  "Schneider", "Fischer",    "Weber",   "Meyer",   "Wagner",   "Becker",
    "Schulz",   "Hoffmann", "Schäfer",   "Koch",       "Bauer",   "Richter", "Klein",    "Wolf",
    "Schröder", "Neumann",  "Schwarz",   "Zimmermann", "Braun",   "Krüger",  "Hartmann", "Lange",
    "Weiß",     "Köhler",   "Vogel",     "Großmann",   "Schmitt", "Krause",  "Meier",    "Lehmann",
    "Huber",    "Kaiser",   "Fuchs",     "Peters",     "Scholz",  "Möller",  "Jäger",    "Brandt"};
constexpr Nickname kGermanNick[] = {{"Johannes", "Hannes"},
                                    {"Katharina", "Kathi"},
                                    {"Maximilian", "Max"},
                                    {"Franziska", "Franzi"},
                                    {"Matthias", "Matze"}};

constexpr Name kNordicF[] = {"Åsa",    "Ingrid",  "Astrid", "Sigrid", "Maja",  "Elin",
                             "Linnea", "Sofie",   "Ida",    "Freja",  "Kari",  "Solveig",
                             "Hanne",  "Ebba",    "Karin",  "Tove",   "Siri",  "Ragnhild",
                             "Liv",    "Johanna", "Mette",  "Saga",   "Helga", "Vilma"};
constexpr Name kNordicM[] = {"Lars",  "Nils", "Erik",   "Anders",   "Magnus", "Björn",
                             "Søren", "Jens", "Henrik", "Mikael",   "Oskar",  "Emil",
                             "Håkan", "Stig", "Rasmus", "Torbjørn", "Gustav", "Axel",
                             "Olav",  "Leif", "Sven",   "Viggo",    "Tor",    "Jonas"};
constexpr Name kNordicFamily[] = {"Lindström", "Johansson", "Andersson", "Karlsson",  "Nilsson",
                                  "Eriksson",  "Larsson",   "Olsen",     "Hansen",    "Johansen",
                                  "Pedersen",  "Jensen",    "Nielsen",   "Sørensen",  "Bergström",
                                  "Lindqvist", "Sandberg",  "Haugen",    "Øvergaard", "Åberg",
                                  "Dahl",      "Holm",      "Strand",    "Berg"};

constexpr Name kSpanishF[] = {
    "María",   "Lucía",  "Carmen", "Isabel",    "Ana",       "Laura",     "Marta",
    "Paula",   "Sofía",  "Elena",  "Cristina",  "Pilar",     "Guadalupe", "Rocío",
    "Inés",    "Nerea",  "Ximena", "Valentina", "Alba",      "Irene",     "Natalia",
    "Beatriz", "Raquel", "Silvia", "Noelia",    "Esperanza", "Consuelo",  "Lorena"};
constexpr Name kSpanishM[] = {"José",      "Antonio", "Manuel", "Francisco", "Javier",  "Carlos",
                              "Alejandro", "Miguel",  "Pablo",  "Sergio",    "Diego",   "Álvaro",
                              "Jorge",     "Raúl",    "Andrés", "Iñaki",     "Joaquín", "Rubén",
                              "Fernando",  "Luis",    "Rafael", "Adrián",    "Gonzalo", "Héctor",
                              "Óscar",     "Ignacio", "Ramón",  "Tomás"};
constexpr Name kSpanishFamily[] = {
    "García",    "Rodríguez", "González", "Fernández", "López",  "Martínez",  "Sánchez",
    "Pérez",     "Gómez",     "Martín",   "Jiménez",   "Ruiz",   "Hernández", "Díaz",
    "Moreno",    "Muñoz",     "Álvarez",  "Romero",    "Núñez",  "Navarro",   "Torres",
    "Domínguez", "Vázquez",   "Ramos",    "Castillo",  "Ortega", "Delgado",   "Ibáñez",
    "Serrano",   "Blanco",    "Molina",   "Morales",   "Suárez", "Castro",    "Ortiz",
    "Marín",     "Sanz",      "Iglesias", "Medina",    "Garrido"};
constexpr Nickname kSpanishNick[] = {{"José", "Pepe"},      {"Francisco", "Paco"},
                                     {"Guadalupe", "Lupe"}, {"Alejandro", "Álex"},
                                     {"Manuel", "Manolo"},  {"Pilar", "Pili"}};

constexpr Name kPortugueseF[] = {
    "Ana",      "Maria",   "Beatriz", "Mariana",  "Inês",     "Leonor",  "Carolina", "Joana",
    "Catarina", "Rita",    "Juliana", "Fernanda", "Gabriela", "Letícia", "Camila",   "Conceição",
    "Sofia",    "Matilde", "Bruna",   "Larissa",  "Vitória",  "Raquel"};
constexpr Name kPortugueseM[] = {
    "João",      "Pedro",  "Tiago",    "Rafael", "Miguel",  "Gonçalo",  "Rodrigo", "Luís",
    "André",     "Bruno",  "Thiago",   "Lucas",  "Gustavo", "Vinícius", "Mateus",  "Sebastião",
    "Francisco", "Duarte", "Henrique", "Diogo",  "Caio",    "Fábio"};
constexpr Name kPortugueseFamily[] = {
    "Silva",   "Santos",    "Ferreira",  "Pereira",  "Oliveira", "Costa",   "Rodrigues", "Martins",
    "Sousa",   "Fernandes", "Gonçalves", "Gomes",    "Lopes",    "Marques", "Alves",     "Almeida",
    "Ribeiro", "Pinto",     "Carvalho",  "Teixeira", "Moreira",  "Correia", "Mendes",    "Araújo",
    "Cardoso", "Rocha",     "Dias",      "Monteiro", "Batista",  "Freitas", "Vieira",    "Cunha"};

constexpr Name kFrenchF[] = {"Zoë",      "Camille",  "Léa",      "Chloé",   "Manon",     "Inès",
                             "Juliette", "Élodie",   "Margaux",  "Amélie",  "Céline",    "Hélène",
                             "Aurélie",  "Mathilde", "Noémie",   "Anaïs",   "Françoise", "Gaëlle",
                             "Louise",   "Alice",    "Clémence", "Agathe",  "Estelle",   "Sylvie",
                             "Pauline",  "Maëlle",   "Océane",   "Bérénice"};
constexpr Name kFrenchM[] = {"Lucas",    "Hugo",    "Louis",     "Théo",      "Raphaël", "Antoine",
                             "Julien",   "Mathieu", "Nicolas",   "Guillaume", "Étienne", "Benoît",
                             "François", "Jérôme",  "Sébastien", "Maxime",    "Thierry", "Jean-Luc",
                             "Arthur",   "Gabriel", "Baptiste",  "Clément",   "Olivier", "Pascal",
                             "Yannick",  "Loïc",    "Rémi",      "Cédric"};
constexpr Name kFrenchFamily[] = {
    "Lefèvre",  "Martin",   "Bernard", "Dubois", "Thomas",  "Robert",  "Richard",  "Petit",
    "Durand",   "Leroy",    "Moreau",  "Simon",  "Laurent", "Michel",  "Bertrand", "Roux",
    "Vincent",  "Fournier", "Morel",   "Girard", "Mercier", "Faure",   "Rousseau", "Chevalier",
    "Gauthier", "Lemaître", "Bonnet",  "Benoît", "Blanc",   "Guérin",  "Muller",   "Henry",
    "Roussel",  "Nicolas",  "Perrin",  "Morin",  "Mathieu", "Clément", "Garnier",  "Chevallier"};

constexpr Name kItalianF[] = {
    "Giulia", "Chiara",   "Francesca", "Sara",     "Martina",  "Alessia", "Federica", "Valentina",
    "Elisa",  "Silvia",   "Paola",     "Giovanna", "Beatrice", "Ilaria",  "Aurora",   "Ginevra",
    "Anna",   "Caterina", "Marta",     "Noemi",    "Rosa",     "Lucia"};
constexpr Name kItalianM[] = {
    "Marco",  "Luca",     "Giuseppe",  "Francesco", "Alessandro", "Andrea",  "Matteo",  "Lorenzo",
    "Davide", "Stefano",  "Niccolò",   "Giorgio",   "Riccardo",   "Fabio",   "Tommaso", "Pietro",
    "Simone", "Emanuele", "Salvatore", "Vincenzo",  "Antonio",    "Gabriele"};
constexpr Name kItalianFamily[] = {
    "Rossi",   "Russo",    "Ferrari",    "Esposito", "Bianchi",    "Romano",   "Colombo",
    "Ricci",   "Marino",   "Greco",      "Bruno",    "Gallo",      "Conti",    "De Luca",
    "Mancini", "Giordano", "Rizzo",      "Lombardi", "Moretti",    "Barbieri", "Fontana",
    "Santoro", "D'Angelo", "Ferri",      "Caruso",   "Pellegrini", "Gatti",    "Leone",
    "Longo",   "Galli",    "Martinelli", "Vitale",   "Serra"};

constexpr Name kGreekF[] = {{"Μαρία", "maria"},           {"Ελένη", "eleni"},
                            {"Αικατερίνη", "aikaterini"}, {"Βασιλική", "vasiliki"},
                            {"Σοφία", "sofia"},           {"Γεωργία", "georgia"},
                            {"Δήμητρα", "dimitra"},       {"Ευαγγελία", "evangelia"},
                            {"Χριστίνα", "christina"},    {"Αναστασία", "anastasia"},
                            {"Ιωάννα", "ioanna"},         {"Κωνσταντίνα", "konstantina"},
                            {"Θεοδώρα", "theodora"},      {"Ζωή", "zoi"},
                            {"Δέσποινα", "despoina"},     {"Φωτεινή", "foteini"}};
constexpr Name kGreekM[] = {
    {"Γιώργος", "giorgos"},  {"Δημήτρης", "dimitris"},   {"Κωνσταντίνος", "konstantinos"},
    {"Ιωάννης", "ioannis"},  {"Νίκος", "nikos"},         {"Παναγιώτης", "panagiotis"},
    {"Βασίλης", "vasilis"},  {"Χρήστος", "christos"},    {"Αθανάσιος", "athanasios"},
    {"Μιχάλης", "michalis"}, {"Ευάγγελος", "evangelos"}, {"Σπύρος", "spyros"},
    {"Στέλιος", "stelios"},  {"Θανάσης", "thanasis"},    {"Αλέξανδρος", "alexandros"},
    {"Πέτρος", "petros"}};
constexpr Name kGreekFamilyM[] = {
    {"Παπαδόπουλος", "papadopoulos"}, {"Γεωργίου", "georgiou"},
    {"Νικολάου", "nikolaou"},         {"Οικονόμου", "oikonomou"},
    {"Δημητρίου", "dimitriou"},       {"Ιωάννου", "ioannou"},
    {"Κωνσταντίνου", "konstantinou"}, {"Μακρής", "makris"},
    {"Καραγιάννης", "karagiannis"},   {"Πετρόπουλος", "petropoulos"},
    {"Αλεξίου", "alexiou"},           {"Βασιλείου", "vasileiou"},
    {"Αθανασίου", "athanasiou"},      {"Σταματόπουλος", "stamatopoulos"},
    {"Λαμπράκης", "lamprakis"}};
constexpr Name kGreekFamilyF[] = {
    {"Παπαδοπούλου", "papadopoulou"}, {"Γεωργίου", "georgiou"},
    {"Νικολάου", "nikolaou"},         {"Οικονόμου", "oikonomou"},
    {"Δημητρίου", "dimitriou"},       {"Ιωάννου", "ioannou"},
    {"Κωνσταντίνου", "konstantinou"}, {"Μακρή", "makri"},
    {"Καραγιάννη", "karagianni"},     {"Πετροπούλου", "petropoulou"},
    {"Αλεξίου", "alexiou"},           {"Βασιλείου", "vasileiou"},
    {"Αθανασίου", "athanasiou"},      {"Σταματοπούλου", "stamatopoulou"},
    {"Λαμπράκη", "lampraki"}};
constexpr Nickname kGreekNick[] = {{"Γιώργος", "George"},
                                   {"Αικατερίνη", "Κατερίνα"},
                                   {"Κωνσταντίνος", "Κώστας"},
                                   {"Αναστασία", "Τασία"}};

constexpr Name kRussianF[] = {
    {"Анна", "anna"},   {"Мария", "maria"},       {"Екатерина", "ekaterina"},
    {"Ольга", "olga"},  {"Татьяна", "tatiana"},   {"Наталья", "natalia"},
    {"Елена", "elena"}, {"Ирина", "irina"},       {"Светлана", "svetlana"},
    {"Юлия", "yulia"},  {"Дарья", "daria"},       {"Ксения", "ksenia"},
    {"Алина", "alina"}, {"Виктория", "viktoria"}, {"Полина", "polina"},
    {"Вера", "vera"},   {"Людмила", "lyudmila"},  {"Галина", "galina"}};
constexpr Name kRussianM[] = {
    {"Александр", "aleksandr"}, {"Дмитрий", "dmitry"},    {"Сергей", "sergey"},
    {"Андрей", "andrey"},       {"Алексей", "aleksey"},   {"Иван", "ivan"},
    {"Михаил", "mikhail"},      {"Николай", "nikolay"},   {"Павел", "pavel"},
    {"Артём", "artyom"},        {"Владимир", "vladimir"}, {"Евгений", "evgeny"},
    {"Максим", "maksim"},       {"Роман", "roman"},       {"Георгий", "georgy"},
    {"Кирилл", "kirill"},       {"Олег", "oleg"},         {"Тимур", "timur"}};
constexpr Name kRussianFamilyM[] = {
    {"Смирнов", "smirnov"}, {"Иванов", "ivanov"},      {"Кузнецов", "kuznetsov"},
    {"Попов", "popov"},     {"Васильев", "vasiliev"},  {"Петров", "petrov"},
    {"Соколов", "sokolov"}, {"Михайлов", "mikhailov"}, {"Новиков", "novikov"},
    {"Фёдоров", "fedorov"}, {"Морозов", "morozov"},    {"Волков", "volkov"},
    {"Лебедев", "lebedev"}, {"Козлов", "kozlov"},      {"Орлов", "orlov"},
    {"Зайцев", "zaitsev"},  {"Павлов", "pavlov"},      {"Семёнов", "semyonov"},
    {"Голубев", "golubev"}};
constexpr Name kRussianFamilyF[] = {
    {"Смирнова", "smirnova"}, {"Иванова", "ivanova"},      {"Кузнецова", "kuznetsova"},
    {"Попова", "popova"},     {"Васильева", "vasilieva"},  {"Петрова", "petrova"},
    {"Соколова", "sokolova"}, {"Михайлова", "mikhailova"}, {"Новикова", "novikova"},
    {"Фёдорова", "fedorova"}, {"Морозова", "morozova"},    {"Волкова", "volkova"},
    {"Лебедева", "lebedeva"}, {"Козлова", "kozlova"},      {"Орлова", "orlova"},
    {"Зайцева", "zaitseva"},  {"Павлова", "pavlova"},      {"Семёнова", "semyonova"},
    {"Голубева", "golubeva"}};
constexpr Nickname kRussianNick[] = {{"Александр", "Саша"}, {"Екатерина", "Катя"},
                                     {"Дмитрий", "Дима"},   {"Мария", "Маша"},
                                     {"Наталья", "Наташа"}, {"Михаил", "Миша"}};

constexpr Name kKoreanF[] = {
    {"서연", "seoyeon"}, {"지우", "jiwoo"},    {"민서", "minseo"}, {"하은", "haeun"},
    {"수빈", "subin"},   {"지민", "jimin"},    {"예은", "yeeun"},  {"윤서", "yoonseo"},
    {"은지", "eunji"},   {"혜진", "hyejin"},   {"수진", "sujin"},  {"미영", "miyoung"},
    {"지현", "jihyun"},  {"유나", "yuna"},     {"다은", "daeun"},  {"소연", "soyeon"},
    {"지수", "jisoo"},   {"현정", "hyunjung"}, {"은비", "eunbi"},  {"나연", "nayeon"}};
constexpr Name kKoreanM[] = {
    {"민준", "minjun"},    {"서준", "seojun"},   {"도윤", "doyoon"},   {"예준", "yejun"},
    {"시우", "siwoo"},     {"지훈", "jihoon"},   {"현우", "hyunwoo"},  {"준호", "junho"},
    {"성민", "sungmin"},   {"동현", "donghyun"}, {"상훈", "sanghoon"}, {"영수", "youngsoo"},
    {"재원", "jaewon"},    {"태현", "taehyun"},  {"우진", "woojin"},   {"민호", "minho"},
    {"승현", "seunghyun"}, {"정우", "jungwoo"},  {"건우", "gunwoo"},   {"형준", "hyungjun"}};
constexpr Name kKoreanFamily[] = {{"김", "kim"},  {"이", "lee"},  {"박", "park"}, {"최", "choi"},
                                  {"정", "jung"}, {"강", "kang"}, {"조", "cho"},  {"윤", "yoon"},
                                  {"장", "jang"}, {"임", "lim"},  {"한", "han"},  {"오", "oh"},
                                  {"서", "seo"},  {"신", "shin"}, {"권", "kwon"}, {"황", "hwang"},
                                  {"안", "ahn"},  {"송", "song"}, {"류", "ryu"},  {"홍", "hong"}};

constexpr Name kJapaneseF[] = {
    {"花子", "hanako"},   {"陽菜", "hina"}, {"結衣", "yui"},    {"美咲", "misaki"},
    {"さくら", "sakura"}, {"葵", "aoi"},    {"恵子", "keiko"},  {"由美", "yumi"},
    {"真由美", "mayumi"}, {"愛", "ai"},     {"奈々", "nana"},   {"彩", "aya"},
    {"明美", "akemi"},    {"優子", "yuko"}, {"七海", "nanami"}, {"千尋", "chihiro"},
    {"理恵", "rie"},      {"舞", "mai"},    {"裕子", "yuko"},   {"真理子", "mariko"}};
constexpr Name kJapaneseM[] = {
    {"翔太", "shota"},  {"大輔", "daisuke"}, {"健太", "kenta"},  {"拓也", "takuya"},
    {"蓮", "ren"},      {"悠斗", "yuto"},    {"浩", "hiroshi"},  {"誠", "makoto"},
    {"隆", "takashi"},  {"直樹", "naoki"},   {"大翔", "hiroto"}, {"和也", "kazuya"},
    {"亮", "ryo"},      {"修", "osamu"},     {"陸", "riku"},     {"颯太", "sota"},
    {"一郎", "ichiro"}, {"哲也", "tetsuya"}, {"智也", "tomoya"}, {"秀樹", "hideki"}};
constexpr Name kJapaneseFamily[] = {
    {"佐藤", "sato"},      {"鈴木", "suzuki"},    {"高橋", "takahashi"}, {"田中", "tanaka"},
    {"伊藤", "ito"},       {"渡辺", "watanabe"},  {"山本", "yamamoto"},  {"中村", "nakamura"},
    {"小林", "kobayashi"}, {"加藤", "kato"},      {"吉田", "yoshida"},   {"山田", "yamada"},
    {"佐々木", "sasaki"},  {"山口", "yamaguchi"}, {"松本", "matsumoto"}, {"井上", "inoue"},
    {"木村", "kimura"},    {"林", "hayashi"},     {"清水", "shimizu"},   {"森", "mori"},
    {"斎藤", "saito"},     {"松田", "matsuda"},   {"石井", "ishii"},     {"岡田", "okada"},
    {"藤田", "fujita"},    {"村上", "murakami"}};

constexpr Name kChineseF[] = {
    {"芳", "fang"},    {"娜", "na"},        {"静", "jing"},      {"丽", "li"},
    {"敏", "min"},     {"婷", "ting"},      {"雪", "xue"},       {"欣怡", "xinyi"},
    {"梓涵", "zihan"}, {"雨萱", "yuxuan"},  {"秀英", "xiuying"}, {"慧", "hui"},
    {"佳怡", "jiayi"}, {"晓燕", "xiaoyan"}, {"燕", "yan"},       {"琳", "lin"},
    {"玉兰", "yulan"}, {"思雨", "siyu"},    {"美玲", "meiling"}, {"颖", "ying"}};
constexpr Name kChineseM[] = {
    {"伟", "wei"},       {"强", "qiang"},      {"磊", "lei"},      {"洋", "yang"},
    {"勇", "yong"},      {"军", "jun"},        {"杰", "jie"},      {"浩然", "haoran"},
    {"子轩", "zixuan"},  {"宇航", "yuhang"},   {"俊杰", "junjie"}, {"志明", "zhiming"},
    {"建华", "jianhua"}, {"明", "ming"},       {"涛", "tao"},      {"斌", "bin"},
    {"鹏", "peng"},      {"国强", "guoqiang"}, {"文博", "wenbo"},  {"嘉豪", "jiahao"}};
constexpr Name kChineseFamily[] = {{"王", "wang"},  {"李", "li"},   {"张", "zhang"}, {"刘", "liu"},
                                   {"陈", "chen"},  {"杨", "yang"}, {"黄", "huang"}, {"赵", "zhao"},
                                   {"吴", "wu"},    {"周", "zhou"}, {"徐", "xu"},    {"孙", "sun"},
                                   {"马", "ma"},    {"朱", "zhu"},  {"胡", "hu"},    {"郭", "guo"},
                                   {"何", "he"},    {"林", "lin"},  {"罗", "luo"},   {"高", "gao"},
                                   {"梁", "liang"}, {"宋", "song"}, {"郑", "zheng"}, {"谢", "xie"},
                                   {"韩", "han"},   {"唐", "tang"}};

constexpr Name kArabicF[] = {
    {"ليلى", "layla"}, {"فاطمة", "fatima"}, {"مريم", "maryam"}, {"نور", "nour"},
    {"سارة", "sara"},  {"هدى", "huda"},     {"رنا", "rana"},    {"ياسمين", "yasmin"},
    {"أمل", "amal"},   {"زينب", "zainab"},  {"رهف", "rahaf"},   {"لينا", "lina"},
    {"سلمى", "salma"}, {"دينا", "dina"},    {"ريم", "reem"},    {"جميلة", "jamila"}};
constexpr Name kArabicM[] = {
    {"محمد", "mohammed"}, {"أحمد", "ahmed"}, {"عمر", "omar"},   {"خالد", "khaled"},
    {"يوسف", "youssef"},  {"علي", "ali"},    {"حسن", "hassan"}, {"كريم", "karim"},
    {"طارق", "tarek"},    {"سامي", "sami"},  {"ماجد", "majed"}, {"زياد", "ziad"},
    {"فادي", "fadi"},     {"باسل", "basel"}, {"وليد", "walid"}, {"نبيل", "nabil"}};
constexpr Name kArabicFamily[] = {
    {"حداد", "haddad"},       {"الخوري", "khoury"},    {"منصور", "mansour"}, {"سليمان", "suleiman"},
    {"عبد الله", "abdallah"}, {"النجار", "najjar"},    {"حمدان", "hamdan"},  {"صالح", "saleh"},
    {"يونس", "younes"},       {"عيسى", "issa"},        {"قاسم", "kassem"},   {"الشامي", "shami"},
    {"عثمان", "othman"},      {"الحسيني", "husseini"}, {"بكر", "bakr"},      {"زيدان", "zidan"}};

constexpr Name kIndianF[] = {"Priya",  "Ananya", "Divya",   "Kavya",   "Aishwarya", "Pooja",
                             "Neha",   "Shreya", "Lakshmi", "Meera",   "Sunita",    "Deepika",
                             "Anjali", "Ritu",   "Aarti",   "Nandini", "Radhika",   "Swati",
                             "Tanvi",  "Ishita", "Kiran",   "Pallavi"};
constexpr Name kIndianM[] = {"Arjun",   "Rahul",    "Vikram", "Rohan",  "Aditya", "Sanjay",
                             "Karthik", "Amit",     "Rajesh", "Suresh", "Vivek",  "Nikhil",
                             "Anil",    "Pranav",   "Harish", "Manoj",  "Ravi",   "Siddharth",
                             "Varun",   "Abhishek", "Gaurav", "Deepak"};
constexpr Name kIndianFamily[] = {
    "Sharma", "Patel",  "Singh",    "Kumar",   "Gupta",    "Reddy",      "Iyer",     "Nair",
    "Menon",  "Rao",    "Desai",    "Joshi",   "Mehta",    "Chatterjee", "Banerjee", "Mukherjee",
    "Pillai", "Kapoor", "Malhotra", "Agarwal", "Bose",     "Krishnan",   "Bhatt",    "Chopra",
    "Saxena", "Verma",  "Naidu",    "Shetty",  "Kulkarni", "Das"};

constexpr Name kHindiF[] = {{"प्रिया", "priya"},  {"अनन्या", "ananya"}, {"दिव्या", "divya"},
                            {"पूजा", "pooja"},    {"नेहा", "neha"},     {"सुनीता", "sunita"},
                            {"कविता", "kavita"}, {"मीना", "meena"},   {"रेखा", "rekha"}};
constexpr Name kHindiM[] = {{"अर्जुन", "arjun"}, {"राहुल", "rahul"}, {"विक्रम", "vikram"},
                            {"अमित", "amit"},  {"संजय", "sanjay"}, {"राजेश", "rajesh"},
                            {"रवि", "ravi"},   {"सुरेश", "suresh"}, {"अनिल", "anil"}};
constexpr Name kHindiFamily[] = {{"शर्मा", "sharma"}, {"वर्मा", "verma"},   {"गुप्ता", "gupta"},
                                 {"सिंह", "singh"},   {"मिश्रा", "mishra"}, {"तिवारी", "tiwari"},
                                 {"पांडे", "pandey"},  {"यादव", "yadav"},   {"जोशी", "joshi"}};

constexpr Name kVietnameseF[] = {
    {"Thị Lan", "lan"},    {"Thị Hoa", "hoa"},     {"Thị Mai", "mai"},
    {"Ngọc Anh", "anh"},   {"Thu Trang", "trang"}, {"Thị Hương", "huong"},
    {"Minh Châu", "chau"}, {"Thanh Hằng", "hang"}, {"Phương Linh", "linh"},
    {"Bảo Ngọc", "ngoc"},  {"Thùy Dung", "dung"},  {"Thị Thu", "thu"},
    {"Thị Ngọc", "ngoc"},  {"Khánh Linh", "linh"}, {"Hồng Nhung", "nhung"},
    {"Thị Yến", "yen"}};
constexpr Name kVietnameseM[] = {
    {"Văn Minh", "minh"},  {"Đức Anh", "anh"},    {"Văn Hùng", "hung"},   {"Quốc Bảo", "bao"},
    {"Minh Tuấn", "tuan"}, {"Thanh Sơn", "son"},  {"Văn Nam", "nam"},     {"Hoàng Long", "long"},
    {"Đình Khoa", "khoa"}, {"Quang Huy", "huy"},  {"Trọng Phúc", "phuc"}, {"Hữu Thắng", "thang"},
    {"Văn Đức", "duc"},    {"Minh Khôi", "khoi"}, {"Gia Huy", "huy"},     {"Văn Tài", "tai"}};
constexpr Name kVietnameseFamily[] = {
    {"Nguyễn", "nguyen"}, {"Trần", "tran"},   {"Lê", "le"},       {"Phạm", "pham"},
    {"Hoàng", "hoang"},   {"Huỳnh", "huynh"}, {"Phan", "phan"},   {"Vũ", "vu"},
    {"Võ", "vo"},         {"Đặng", "dang"},   {"Bùi", "bui"},     {"Đỗ", "do"},
    {"Hồ", "ho"},         {"Ngô", "ngo"},     {"Dương", "duong"}, {"Lý", "ly"}};
constexpr Nickname kVietnameseNick[] = {{"Thị Lan", "Lan"},   {"Ngọc Anh", "Anh"},
                                        {"Văn Minh", "Minh"}, {"Thu Trang", "Trang"},
                                        {"Quốc Bảo", "Bảo"},  {"Phương Linh", "Linh"}};

constexpr Name kTurkishF[] = {"Çağla",  "Ayşe",  "Fatma", "Zeynep", "Elif",  "Emine",
                              "Hatice", "Merve", "Büşra", "Esra",   "Özlem", "Gülşen",
                              "Derya",  "Selin", "Şule",  "İrem",   "Deniz", "Ebru",
                              "Gizem",  "Nur",   "Sevgi", "Tuğba"};
constexpr Name kTurkishM[] = {"Mehmet",  "Mustafa", "Ahmet", "Ali",   "Hüseyin", "Hasan",
                              "İbrahim", "Murat",   "Emre",  "Burak", "Can",     "Oğuz",
                              "Serkan",  "Kemal",   "Yusuf", "Barış", "Cem",     "Deniz",
                              "Eren",    "Kaan",    "Onur",  "Tolga"};
constexpr Name kTurkishFamily[] = {"Yılmaz",   "Kaya",   "Demir", "Şahin",   "Çelik",  "Yıldız",
                                   "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan",
                                   "Kılıç",    "Aslan",  "Çetin", "Kara",    "Koç",    "Kurt",
                                   "Özkan",    "Şimşek", "Polat", "Güneş",   "Aktaş"};

constexpr Name kHungarianF[] = {"Katalin",   "Erzsébet", "Ildikó",  "Zsófia",    "Eszter",
                                "Réka",      "Anikó",    "Judit",   "Krisztina", "Noémi",
                                "Dóra",      "Boglárka", "Ágnes",   "Beáta",     "Edit",
                                "Gabriella", "Lilla",    "Viktória"};
constexpr Name kHungarianM[] = {"László", "István", "Zoltán",  "Gábor",  "Attila",  "Tamás",
                                "Péter",  "Balázs", "Ferenc",  "Dániel", "Levente", "Csaba",
                                "Ádám",   "Bence",  "Gergely", "Márton", "Norbert", "Sándor"};
constexpr Name kHungarianFamily[] = {"Nagy",     "Kovács", "Tóth",   "Szabó",  "Horváth",
                                     "Varga",    "Kiss",   "Molnár", "Németh", "Farkas",
                                     "Balogh",   "Papp",   "Takács", "Juhász", "Lakatos",
                                     "Mészáros", "Oláh",   "Rácz",   "Fekete"};

constexpr Name kWestAfricanF[] = {"Chiamaka", "Ngozi",    "Adaeze",   "Folasade", "Funmilayo",
                                  "Chidinma", "Amara",    "Yetunde",  "Ifeoma",   "Temitope",
                                  "Nkechi",   "Abimbola", "Blessing", "Kemi",     "Zainab",
                                  "Ebere",    "Tobi",     "Uchenna"};
constexpr Name kWestAfricanM[] = {"Chinedu", "Oluwaseun", "Emeka",     "Adebayo",     "Tunde",
                                  "Obinna",  "Babatunde", "Ikechukwu", "Segun",       "Kelechi",
                                  "Femi",    "Olumide",   "Ayodele",   "Chukwuemeka", "Ifeanyi",
                                  "Jide",    "Kunle",     "Tobenna"};
constexpr Name kWestAfricanFamily[] = {
    "Okafor",  "Adeyemi",    "Okonkwo",  "Balogun", "Eze",     "Nwosu",  "Ogunleye", "Chukwu",
    "Afolabi", "Okeke",      "Oyelaran", "Obi",     "Adeleke", "Ibekwe", "Olawale",  "Nwachukwu",
    "Akinola", "Eze-Okafor", "Ogundipe", "Onyeka",  "Bello",   "Ajayi"};
constexpr Nickname kWestAfricanNick[] = {
    {"Oluwaseun", "Seun"}, {"Babatunde", "Tunde"}, {"Ikechukwu", "Ike"}, {"Funmilayo", "Funmi"}};

constexpr int kAnglo[] = {kUK, kUS, kAU, kCA};
constexpr int kToUK[] = {kUK, kUS, kAU};
constexpr int kToGermany[] = {kDE, kUK};
constexpr int kToFrance[] = {kFR, kCA};
constexpr int kToAmericas[] = {kUS, kFR, kUK};
constexpr int kToPacific[] = {kUS, kCA, kAU};
constexpr int kToEurope[] = {kDE, kUK, kFR};
constexpr int kToEverywhere[] = {kUK, kUS, kCA, kAU, kDE};

constexpr Culture kCultures[] = {
    {.weight = 18,
     .female = kEnglishF,
     .male = kEnglishM,
     .family = kEnglishFamily,
     .nicknames = kEnglishNick,
     .countries = kAnglo},
    {.weight = 6,
     .female = kIrishF,
     .male = kIrishM,
     .family = kIrishFamily,
     .nicknames = kIrishNick,
     .countries = kToUK},
    {.weight = 7,
     .female = kPolishF,
     .male = kPolishM,
     .family = kPolishFamilyM,
     .family_female = kPolishFamilyF,
     .nicknames = kPolishNick,
     .countries = kToEurope},
    {.weight = 7,
     .female = kGermanF,
     .male = kGermanM,
     .family = kGermanFamily,
     .umlaut_e = true,
     .nicknames = kGermanNick,
     .countries = kToGermany},
    {.weight = 3,
     .female = kNordicF,
     .male = kNordicM,
     .family = kNordicFamily,
     .countries = kToGermany},
    {.weight = 6,
     .female = kSpanishF,
     .male = kSpanishM,
     .family = kSpanishFamily,
     .double_family = true,
     .nicknames = kSpanishNick,
     .countries = kToAmericas},
    {.weight = 4,
     .female = kPortugueseF,
     .male = kPortugueseM,
     .family = kPortugueseFamily,
     .double_family = true,
     .countries = kToFrance},
    {.weight = 6,
     .female = kFrenchF,
     .male = kFrenchM,
     .family = kFrenchFamily,
     .countries = kToFrance},
    {.weight = 4,
     .female = kItalianF,
     .male = kItalianM,
     .family = kItalianFamily,
     .countries = kToEurope},
    {.weight = 3,
     .female = kGreekF,
     .male = kGreekM,
     .family = kGreekFamilyM,
     .family_female = kGreekFamilyF,
     .nicknames = kGreekNick,
     .countries = kToEurope},
    {.weight = 4,
     .female = kRussianF,
     .male = kRussianM,
     .family = kRussianFamilyM,
     .family_female = kRussianFamilyF,
     .nicknames = kRussianNick,
     .countries = kToGermany},
    {.weight = 4,
     .female = kKoreanF,
     .male = kKoreanM,
     .family = kKoreanFamily,
     .family_first = true,
     .joined = true,
     .english_names = true,
     .countries = kToPacific},
    {.weight = 3,
     .female = kJapaneseF,
     .male = kJapaneseM,
     .family = kJapaneseFamily,
     .family_first = true,
     .joined = true,
     .english_names = true,
     .countries = kToPacific},
    {.weight = 5,
     .female = kChineseF,
     .male = kChineseM,
     .family = kChineseFamily,
     .family_first = true,
     .joined = true,
     .english_names = true,
     .countries = kToEverywhere},
    {.weight = 4,
     .female = kArabicF,
     .male = kArabicM,
     .family = kArabicFamily,
     .countries = kToEurope},
    {.weight = 5,
     .female = kIndianF,
     .male = kIndianM,
     .family = kIndianFamily,
     .countries = kAnglo},
    {.weight = 1, .female = kHindiF, .male = kHindiM, .family = kHindiFamily, .countries = kToUK},
    {.weight = 3,
     .female = kVietnameseF,
     .male = kVietnameseM,
     .family = kVietnameseFamily,
     .family_first = true,
     .nicknames = kVietnameseNick,
     .countries = kToPacific},
    {.weight = 4,
     .female = kTurkishF,
     .male = kTurkishM,
     .family = kTurkishFamily,
     .countries = kToGermany},
    {.weight = 2,
     .female = kHungarianF,
     .male = kHungarianM,
     .family = kHungarianFamily,
     .family_first = true,
     .countries = kToEurope},
    {.weight = 3,
     .female = kWestAfricanF,
     .male = kWestAfricanM,
     .family = kWestAfricanFamily,
     .nicknames = kWestAfricanNick,
     .countries = kToUK},
};

constexpr string_view kEnglishGivenNames[] = {"Fiona",  "Kevin",    "Grace", "Jason", "Annie",
                                              "David",  "Michelle", "Eric",  "Joyce", "Tony",
                                              "Vivian", "Ken",      "Jenny", "Andy"};

}  // namespace

std::span<const Culture> cultures() {
  return kCultures;
}

std::span<const std::string_view> english_given_names() {
  return kEnglishGivenNames;
}

/// "Given Family", or "Family Given" / "FamilyGiven" in the culture's own order.
std::string full_name(const Culture& c, std::string_view given, std::string_view family) {
  if (!c.family_first) return std::string(given) + " " + std::string(family);
  return std::string(family) + (c.joined ? "" : " ") + std::string(given);
}

}  // namespace myochart::demo::detail
