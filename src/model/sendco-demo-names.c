/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The names the demo school's pupils, the school and its local authority are
 * drawn from: modern England, accents and apostrophes included. Each list runs
 * from the commonest name to the rarest; families are weighted roughly like
 * the school population of England. */
#define G_LOG_DOMAIN "sendco-model"

#include "config.h"

#include "sendco-demo-names.h"

#define LIST(a) a, G_N_ELEMENTS (a)
#define BOTH(s) { s, s }

/* British (English, Scottish, Welsh) */

static const char *const british_female[] = {
  "Olivia", "Amelia", "Isla", "Ava", "Lily", "Freya", "Ivy", "Florence", "Grace", "Mia",
  "Isabella", "Sophia", "Rosie", "Poppy", "Evie", "Ella", "Emily", "Daisy", "Charlotte",
  "Sienna", "Matilda", "Willow", "Elsie", "Millie", "Phoebe", "Evelyn", "Harper", "Alice",
  "Ruby", "Sophie", "Jessica", "Eleanor", "Elizabeth", "Katherine", "Hannah", "Maisie", "Erin",
  "Georgia", "Megan", "Holly", "Lucy", "Chloe", "Zoë", "Eliza", "Imogen", "Bethany",
  "Scarlett", "Harriet", "Abigail", "Victoria", "Alexandra", "Lacey", "Paige", "Renée", "Ffion",
  "Carys", "Eilidh",
};

static const char *const british_male[] = {
  "Oliver", "George", "Noah", "Arthur", "Leo", "Harry", "Oscar", "Archie", "Henry", "Theodore",
  "Freddie", "Jack", "Charlie", "Thomas", "Jacob", "Alfie", "Finley", "Joshua", "William",
  "James", "Alexander", "Samuel", "Daniel", "Benjamin", "Joseph", "Edward", "Max", "Ethan",
  "Lucas", "Dylan", "Reuben", "Harrison", "Mason", "Logan", "Riley", "Tyler", "Callum",
  "Christopher", "Matthew", "Nathaniel", "Jamie", "Rhys", "Owen", "Zachary", "Ryan", "Louis",
  "Toby", "Ronnie", "Teddy", "Albie", "Frederick", "Jenson", "Bobby", "Rory", "Hugo", "Elliot",
  "Kieran", "Connor", "Dafydd", "Angus",
};

static const SendcoDemoSurname british_surnames[] = {
  BOTH ("Smith"), BOTH ("Jones"), BOTH ("Williams"), BOTH ("Taylor"), BOTH ("Brown"),
  BOTH ("Davies"), BOTH ("Evans"), BOTH ("Wilson"), BOTH ("Thomas"), BOTH ("Johnson"),
  BOTH ("Roberts"), BOTH ("Robinson"), BOTH ("Thompson"), BOTH ("Wright"), BOTH ("Walker"),
  BOTH ("White"), BOTH ("Edwards"), BOTH ("Hughes"), BOTH ("Green"), BOTH ("Hall"),
  BOTH ("Lewis"), BOTH ("Harris"), BOTH ("Clarke"), BOTH ("Jackson"), BOTH ("Wood"),
  BOTH ("Turner"), BOTH ("Martin"), BOTH ("Cooper"), BOTH ("Hill"), BOTH ("Ward"),
  BOTH ("Morris"), BOTH ("Moore"), BOTH ("Clark"), BOTH ("Lee"), BOTH ("King"),
  BOTH ("Baker"), BOTH ("Harrison"), BOTH ("Morgan"), BOTH ("Allen"), BOTH ("James"),
  BOTH ("Scott"), BOTH ("Phillips"), BOTH ("Watson"), BOTH ("Davis"), BOTH ("Parker"),
  BOTH ("Price"), BOTH ("Bennett"), BOTH ("Young"), BOTH ("Griffiths"), BOTH ("Mitchell"),
  BOTH ("Kelly"), BOTH ("Cook"), BOTH ("Carter"), BOTH ("Richardson"), BOTH ("Bailey"),
  BOTH ("Collins"), BOTH ("Bell"), BOTH ("Shaw"), BOTH ("Murphy"), BOTH ("Miller"),
  BOTH ("Cox"), BOTH ("Richards"), BOTH ("Marshall"), BOTH ("Simpson"), BOTH ("Ellis"),
  BOTH ("Adams"), BOTH ("Wilkinson"), BOTH ("Foster"), BOTH ("Chapman"), BOTH ("Russell"),
  BOTH ("Webb"), BOTH ("Rogers"), BOTH ("Gray"), BOTH ("Mason"), BOTH ("Hunt"),
  BOTH ("Palmer"), BOTH ("Holmes"), BOTH ("Mills"), BOTH ("Barnes"), BOTH ("Knight"),
  BOTH ("Lloyd"), BOTH ("Butler"), BOTH ("Barker"), BOTH ("Fisher"), BOTH ("Stevens"),
  BOTH ("Jenkins"), BOTH ("Pearson"), BOTH ("Dixon"), BOTH ("Fletcher"), BOTH ("Hart"),
  BOTH ("Hunter"), BOTH ("MacDonald"), BOTH ("McKenzie"), BOTH ("Fraser"), BOTH ("Campbell"),
  BOTH ("Stewart"), BOTH ("Robertson"), BOTH ("McLeod"), BOTH ("Lloyd-Evans"),
  BOTH ("Hartley-Brown"), BOTH ("ap Rhys"), BOTH ("Fitzgerald"),
};

/* Irish */

static const char *const irish_female[] = {
  "Aoife", "Niamh", "Saoirse", "Siobhán", "Caoimhe", "Orla", "Róisín", "Ciara", "Clodagh",
  "Síofra", "Éabha", "Méabh",
};

static const char *const irish_male[] = {
  "Seán", "Oisín", "Cian", "Conor", "Darragh", "Ciarán", "Eoin", "Fionn", "Pádraig", "Tadhg",
  "Cillian", "Rónán",
};

static const SendcoDemoSurname irish_surnames[] = {
  BOTH ("Murphy"), BOTH ("Kelly"), BOTH ("O'Brien"), BOTH ("O'Connor"), BOTH ("O'Neill"),
  BOTH ("Byrne"), BOTH ("Ryan"), BOTH ("O'Sullivan"), BOTH ("Walsh"), BOTH ("McCarthy"),
  BOTH ("Doyle"), BOTH ("Gallagher"), BOTH ("Kennedy"), BOTH ("Quinn"), BOTH ("O'Donnell"),
  BOTH ("McLaughlin"), { "Ó Súilleabháin", "Ní Shúilleabháin" }, { "Ó Briain", "Ní Bhriain" },
  { "Ó Ceallaigh", "Ní Cheallaigh" },
};

/* Polish */

static const char *const polish_female[] = {
  "Zuzanna", "Julia", "Zofia", "Maja", "Hanna", "Oliwia", "Lena", "Wiktoria", "Alicja",
  "Natalia", "Gabriela", "Jagoda", "Milena",
};

static const char *const polish_male[] = {
  "Jakub", "Łukasz", "Szymon", "Filip", "Kacper", "Mikołaj", "Wojciech", "Antoni", "Bartosz",
  "Michał", "Mateusz",
};

static const SendcoDemoSurname polish_surnames[] = {
  { "Kowalski", "Kowalska" }, BOTH ("Nowak"), { "Wiśniewski", "Wiśniewska" }, BOTH ("Wójcik"),
  { "Kamiński", "Kamińska" }, { "Lewandowski", "Lewandowska" }, { "Zieliński", "Zielińska" },
  BOTH ("Woźniak"), { "Dąbrowski", "Dąbrowska" }, { "Szymański", "Szymańska" }, BOTH ("Mazur"),
  BOTH ("Krawczyk"),
};

/* Romanian */

static const char *const romanian_female[] = {
  "Maria", "Ioana", "Elena", "Andreea", "Bianca", "Ștefania", "Daria", "Alexia",
};

static const char *const romanian_male[] = {
  "Andrei", "Ștefan", "Ionuț", "Mihai", "Alexandru", "Răzvan", "Luca", "Matei",
};

static const SendcoDemoSurname romanian_surnames[] = {
  BOTH ("Popescu"), BOTH ("Ionescu"), BOTH ("Popa"), BOTH ("Dumitru"), BOTH ("Stoica"),
  BOTH ("Constantin"), BOTH ("Stan"), BOTH ("Munteanu"), BOTH ("Rădulescu"),
};

/* Lithuanian, Latvian, Ukrainian, Czech, Slovak, Hungarian, Bulgarian */

static const char *const eastern_female[] = {
  "Gabija", "Emilija", "Anastasia", "Sofiia", "Kateřina", "Daria", "Viktória", "Rūta",
  "Alina", "Nikol",
};

static const char *const eastern_male[] = {
  "Lukas", "Jonas", "Dmitri", "Oleksandr", "Mykola", "Matěj", "Tomáš", "Bogdan", "Dominik",
  "Máté",
};

static const SendcoDemoSurname eastern_surnames[] = {
  { "Kazlauskas", "Kazlauskaitė" }, { "Petrauskas", "Petrauskaitė" }, BOTH ("Kovalenko"),
  BOTH ("Shevchenko"), { "Ivanov", "Ivanova" }, { "Novák", "Nováková" },
  { "Horváth", "Horváthová" }, BOTH ("Bondarenko"), BOTH ("Melnyk"), { "Georgiev", "Georgieva" },
  { "Bērziņš", "Bērziņa" },
};

/* French, Spanish, Portuguese, Italian, German, Dutch, Nordic */

static const char *const western_female[] = {
  "Léa", "Chloé", "Inès", "Zoë", "Giulia", "Sofía", "Lucía", "Inês", "Beatriz", "Matilde",
  "Amélie", "Renée", "Ingrid", "Astrid", "Freja", "Marta", "Chiara", "Anaïs", "Maëlle",
};

static const char *const western_male[] = {
  "Mathéo", "Björn", "Søren", "François", "João", "Tomás", "Matteo", "Lorenzo", "Pablo", "Hugo",
  "Lukas", "Émile", "Jonas", "Niklas", "Felix", "Gonçalo", "Rodrigo", "Álvaro", "Thiago",
};

static const SendcoDemoSurname western_surnames[] = {
  BOTH ("Müller"), BOTH ("García"), BOTH ("Fernández"), BOTH ("Rodríguez"), BOTH ("Martínez"),
  BOTH ("López"), BOTH ("Silva"), BOTH ("Santos"), BOTH ("Pereira"), BOTH ("Ferreira"),
  BOTH ("Costa"), BOTH ("Gonçalves"), BOTH ("Rossi"), BOTH ("Russo"), BOTH ("Bianchi"),
  BOTH ("Esposito"), BOTH ("Dubois"), BOTH ("Lefèvre"), BOTH ("Moreau"), BOTH ("Schröder"),
  BOTH ("Schmidt"), BOTH ("Andersson"), BOTH ("Johansson"), BOTH ("Jørgensen"),
  BOTH ("Nielsen"), BOTH ("van der Berg"), BOTH ("de Jong"), BOTH ("da Silva"),
  BOTH ("Álvarez"), BOTH ("Núñez"),
};

/* Pakistani, Bangladeshi and other Muslim South Asian families */

static const char *const south_asian_female[] = {
  "Aisha", "Fatima", "Maryam", "Zainab", "Hafsa", "Khadija", "Amira", "Inaya", "Zara",
  "Ayesha", "Noor", "Safa", "Sana", "Hira", "Mehak", "Tahmina", "Sumaiya", "Nusrat", "Aleena",
  "Eshal", "Hania", "Anaya", "Sadia",
};

static const char *const south_asian_male[] = {
  "Muhammad", "Mohammed", "Ibrahim", "Yusuf", "Zayn", "Ayaan", "Hamza", "Ali", "Omar",
  "Rayyan", "Abdullah", "Ismail", "Haroon", "Zakariya", "Tanvir", "Rahim", "Imran", "Shayan",
  "Musa", "Idris", "Bilal",
};

static const SendcoDemoSurname south_asian_surnames[] = {
  BOTH ("Khan"), BOTH ("Ahmed"), BOTH ("Ali"), BOTH ("Hussain"), { "Miah", "Begum" },
  { "Uddin", "Begum" }, { "Islam", "Khatun" }, BOTH ("Shah"), BOTH ("Rahman"),
  BOTH ("Akhtar"), BOTH ("Iqbal"), BOTH ("Mahmood"), BOTH ("Chaudhry"), BOTH ("Bhatti"),
  BOTH ("Malik"), BOTH ("Qureshi"), BOTH ("Raza"), BOTH ("Nawaz"), BOTH ("Butt"),
  BOTH ("Anwar"), BOTH ("Choudhury"), BOTH ("Hossain"), BOTH ("Karim"), BOTH ("Sheikh"),
};

/* Indian: Gujarati, Punjabi, Goan, South Indian */

static const char *const indian_female[] = {
  "Priya", "Ananya", "Aaradhya", "Riya", "Diya", "Simran", "Harleen", "Jasleen", "Navleen",
  "Anika", "Ishani", "Anjali", "Kavya", "Saanvi", "Myra", "Tara", "Meera", "Aarohi",
};

static const char *const indian_male[] = {
  "Arjun", "Aarav", "Rohan", "Vihaan", "Krish", "Dev", "Ishaan", "Harjot", "Gurpreet",
  "Jaskaran", "Sahil", "Aryan", "Reyansh", "Kabir", "Advik", "Veer", "Rishi", "Arnav",
};

static const SendcoDemoSurname indian_surnames[] = {
  BOTH ("Patel"), { "Singh", "Kaur" }, BOTH ("Sharma"), BOTH ("Kumar"), BOTH ("Gupta"),
  BOTH ("Mistry"), BOTH ("Desai"), BOTH ("Joshi"), BOTH ("Gill"), BOTH ("Sandhu"),
  BOTH ("Sidhu"), BOTH ("Dhillon"), BOTH ("Parmar"), BOTH ("Chauhan"), BOTH ("Mehta"),
  BOTH ("D'Souza"), BOTH ("Fernandes"), BOTH ("Rodrigues"), BOTH ("Pillai"), BOTH ("Nair"),
  BOTH ("Reddy"), BOTH ("Solanki"),
};

/* Nigerian, Ghanaian, Sierra Leonean, Guinean */

static const char *const west_african_female[] = {
  "Oluwaseun", "Adaeze", "Chiamaka", "Temitope", "Folake", "Ngozi", "Amara", "Adaora",
  "Blessing", "Precious", "Favour", "Abena", "Ama", "Esther", "Deborah", "Comfort",
  "Ifeoluwa", "Chidinma", "Fatoumata", "Aminata", "Mariama",
};

static const char *const west_african_male[] = {
  "Chukwuemeka", "Oluwaseun", "Tobenna", "Chidi", "Kelechi", "Olumide", "Ayodele", "Kwame",
  "Kofi", "Emmanuel", "David", "Samuel", "Daniel", "Joshua", "Femi", "Tunde", "Ikenna",
  "Obinna", "Kwabena", "Ebuka", "Toluwani", "Mamadou", "Ousmane",
};

static const SendcoDemoSurname west_african_surnames[] = {
  BOTH ("Okafor"), BOTH ("Adeyemi"), BOTH ("Okonkwo"), BOTH ("Adebayo"), BOTH ("Eze"),
  BOTH ("Nwosu"), BOTH ("Obi"), BOTH ("Mensah"), BOTH ("Owusu"), BOTH ("Asante"),
  BOTH ("Boateng"), BOTH ("Balogun"), BOTH ("Ogunleye"), BOTH ("Adewale"), BOTH ("Okoro"),
  BOTH ("Oyelaran"), BOTH ("Nwachukwu"), BOTH ("Afolabi"), BOTH ("Osei"), BOTH ("Appiah"),
  BOTH ("Danso"), BOTH ("Diallo"), BOTH ("Bangura"), BOTH ("Kamara"), BOTH ("Sesay"),
};

/* Somali, Kenyan, Zimbabwean */

static const char *const east_african_female[] = {
  "Hodan", "Ayan", "Amina", "Hibaaq", "Sagal", "Ikram", "Nasra", "Fardowsa", "Naima",
  "Wanjiru", "Nyasha", "Chipo", "Rutendo",
};

static const char *const east_african_male[] = {
  "Abdi", "Mohamed", "Abdirahman", "Yusuf", "Liban", "Hamza", "Mukhtar", "Guled", "Tinashe",
  "Tatenda", "Kudzai", "Tafadzwa",
};

static const SendcoDemoSurname east_african_surnames[] = {
  BOTH ("Abdi"), BOTH ("Warsame"), BOTH ("Farah"), BOTH ("Hassan"), BOTH ("Abdullahi"),
  BOTH ("Mohamud"), BOTH ("Osman"), BOTH ("Jama"), BOTH ("Moyo"), BOTH ("Ncube"),
  BOTH ("Dube"), BOTH ("Mutasa"), BOTH ("Kimani"), BOTH ("Otieno"), BOTH ("Mwangi"),
};

/* Caribbean */

static const char *const caribbean_female[] = {
  "Nia", "Imani", "Tianna", "Shanice", "Aaliyah", "Keziah", "Zaria", "Amani", "Leah", "Jada",
  "Kiara", "Tiana",
};

static const char *const caribbean_male[] = {
  "Tyrese", "Jaden", "Malachi", "Kyan", "Jayden", "Kai", "Marcus", "Isaiah", "Elijah",
  "Jermaine", "Darnell", "Nathaniel",
};

static const SendcoDemoSurname caribbean_surnames[] = {
  BOTH ("Campbell"), BOTH ("Brown"), BOTH ("Williams"), BOTH ("Clarke"), BOTH ("Francis"),
  BOTH ("Grant"), BOTH ("Henry"), BOTH ("Johnson"), BOTH ("Reid"), BOTH ("Gordon"),
  BOTH ("Thompson"), BOTH ("Samuels"), BOTH ("Beckford"), BOTH ("Powell"), BOTH ("Forbes"),
  BOTH ("Christie"), BOTH ("Walters"),
};

/* Chinese (mainland, Hong Kong, Malaysian) */

static const char *const chinese_female[] = {
  "Jia Hui", "Mei Ling", "Xinyi", "Yuxuan", "Zihan", "Wen Jing", "Hui Min", "Yiting", "Ka Yan",
  "Hoi Ching", "Ruoxi", "Siyu",
};

static const char *const chinese_male[] = {
  "Hao Yu", "Jun Jie", "Zi Hao", "Wei Jie", "Jian Hong", "Haoran", "Ka Ho", "Chun Kit",
  "Zhi Hao", "Yichen", "Tsz Hin",
};

static const SendcoDemoSurname chinese_surnames[] = {
  BOTH ("Chen"), BOTH ("Wong"), BOTH ("Li"), BOTH ("Wang"), BOTH ("Zhang"), BOTH ("Liu"),
  BOTH ("Lin"), BOTH ("Huang"), BOTH ("Lam"), BOTH ("Chan"), BOTH ("Cheung"), BOTH ("Ho"),
  BOTH ("Ng"), BOTH ("Yeung"), BOTH ("Tang"), BOTH ("Leung"), BOTH ("Zhou"), BOTH ("Wu"),
};

/* Vietnamese */

static const char *const vietnamese_female[] = {
  "Ngọc Anh", "Thu Trang", "Linh", "Mai", "Phương", "Bảo Ngọc", "Khánh Linh",
};

static const char *const vietnamese_male[] = {
  "Minh", "Quang", "Huy", "Đức", "Bảo", "Khánh", "Tuấn",
};

static const SendcoDemoSurname vietnamese_surnames[] = {
  BOTH ("Nguyễn"), BOTH ("Trần"), BOTH ("Lê"), BOTH ("Phạm"), BOTH ("Hoàng"), BOTH ("Vũ"),
  BOTH ("Đặng"),
};

/* Turkish, Kurdish, Arab, Iranian, Afghan */

static const char *const middle_eastern_female[] = {
  "Layla", "Yasmin", "Leila", "Elif", "Zeynep", "Defne", "Rania", "Sara", "Dilan", "Hana",
  "Rojin", "Lina", "Nour", "Ecrin",
};

static const char *const middle_eastern_male[] = {
  "Yusuf", "Emir", "Kerem", "Ömer", "Çağan", "Ahmad", "Karim", "Rami", "Mustafa", "Kawa",
  "Ahmet", "Mehmet", "Hasan", "Adam",
};

static const SendcoDemoSurname middle_eastern_surnames[] = {
  BOTH ("Yılmaz"), BOTH ("Kaya"), BOTH ("Demir"), BOTH ("Şahin"), BOTH ("Çelik"),
  BOTH ("Öztürk"), BOTH ("Aydın"), BOTH ("Al-Hassan"), BOTH ("Haddad"), BOTH ("Mansour"),
  BOTH ("Abdullah"), BOTH ("Rahimi"), BOTH ("Karimi"), BOTH ("Hosseini"), BOTH ("Ahmadi"),
  BOTH ("Saleh"), BOTH ("Al-Rashid"), BOTH ("Aziz"),
};

static const SendcoDemoFamily families[] = {
  { LIST (british_female), LIST (british_male), LIST (british_surnames), 610, 1 },
  { LIST (irish_female), LIST (irish_male), LIST (irish_surnames), 15, 3 },
  { LIST (polish_female), LIST (polish_male), LIST (polish_surnames), 40, 75 },
  { LIST (romanian_female), LIST (romanian_male), LIST (romanian_surnames), 18, 80 },
  { LIST (eastern_female), LIST (eastern_male), LIST (eastern_surnames), 12, 75 },
  { LIST (western_female), LIST (western_male), LIST (western_surnames), 25, 55 },
  { LIST (south_asian_female), LIST (south_asian_male), LIST (south_asian_surnames), 80, 60 },
  { LIST (indian_female), LIST (indian_male), LIST (indian_surnames), 45, 45 },
  { LIST (west_african_female), LIST (west_african_male), LIST (west_african_surnames), 45, 35 },
  { LIST (east_african_female), LIST (east_african_male), LIST (east_african_surnames), 15, 70 },
  { LIST (caribbean_female), LIST (caribbean_male), LIST (caribbean_surnames), 25, 2 },
  { LIST (chinese_female), LIST (chinese_male), LIST (chinese_surnames), 12, 70 },
  { LIST (vietnamese_female), LIST (vietnamese_male), LIST (vietnamese_surnames), 6, 80 },
  { LIST (middle_eastern_female), LIST (middle_eastern_male), LIST (middle_eastern_surnames),
    30, 75 },
};

/* For pupils of gender X */
static const char *const unisex_forenames[] = {
  "Alex", "Charlie", "Jamie", "Riley", "Sam", "Frankie", "Jordan", "Robin", "Ash", "Sasha",
  "Rowan", "River", "Morgan", "Remi", "Oluwaseun",
};

/* The name a pupil goes by, where it differs from the legal one. */
static const SendcoDemoNickname nicknames[] = {
  { "Alexander", "Alex" }, { "Alexander", "Xander" }, { "Alexandra", "Alex" },
  { "Alexandra", "Sasha" }, { "Benjamin", "Ben" }, { "Christopher", "Chris" },
  { "Daniel", "Danny" }, { "Elizabeth", "Lizzie" }, { "Elizabeth", "Beth" },
  { "Katherine", "Kate" }, { "Katherine", "Katie" }, { "Matthew", "Matt" },
  { "Nathaniel", "Nate" }, { "Samuel", "Sam" }, { "Joseph", "Joe" }, { "Thomas", "Tom" },
  { "William", "Will" }, { "William", "Billy" }, { "Edward", "Ted" }, { "Theodore", "Theo" },
  { "Theodore", "Teddy" }, { "Frederick", "Freddie" }, { "Jessica", "Jess" },
  { "Isabella", "Bella" }, { "Isabella", "Izzy" }, { "Charlotte", "Lottie" },
  { "Eleanor", "Ellie" }, { "Abigail", "Abbie" }, { "Victoria", "Tori" },
  { "Florence", "Flo" }, { "Harriet", "Hattie" }, { "Imogen", "Immy" }, { "Zachary", "Zac" },
  { "Jacob", "Jake" }, { "Joshua", "Josh" }, { "Oluwaseun", "Seun" },
  { "Chukwuemeka", "Emeka" }, { "Olumide", "Mide" }, { "Temitope", "Temi" },
  { "Ifeoluwa", "Ife" }, { "Chiamaka", "Amaka" }, { "Mohammed", "Mo" }, { "Muhammad", "Mo" },
  { "Abdirahman", "Abdi" }, { "Łukasz", "Luke" }, { "Wojciech", "Wojtek" },
  { "Zuzanna", "Zuzia" }, { "Oleksandr", "Sasha" }, { "Dmitri", "Dima" },
  { "Jia Hui", "Jessica" }, { "Zi Hao", "Jason" }, { "Hao Yu", "Harry" },
  { "Mei Ling", "May" }, { "Ka Ho", "Kevin" }, { "Jaskaran", "Jas" }, { "Ștefan", "Stefan" },
  { "Ngọc Anh", "Anna" }, { "Mathéo", "Theo" },
};

/* Three-digit LA numbers as the DfE gives them. */
static const SendcoDemoLocalAuthority local_authorities[] = {
  { 330, "Birmingham" }, { 352, "Manchester" }, { 383, "Leeds" }, { 373, "Sheffield" },
  { 801, "Bristol" }, { 886, "Kent" }, { 850, "Hampshire" }, { 881, "Essex" },
  { 888, "Lancashire" }, { 919, "Hertfordshire" }, { 936, "Surrey" }, { 926, "Norfolk" },
  { 878, "Devon" }, { 892, "Nottingham" }, { 856, "Leicester" }, { 341, "Liverpool" },
  { 316, "Newham" }, { 306, "Croydon" }, { 210, "Southwark" }, { 331, "Coventry" },
  { 380, "Bradford" }, { 931, "Oxfordshire" }, { 935, "Suffolk" }, { 873, "Cambridgeshire" },
};

static const char *const places[] = {
  "Riverside", "Oakfield", "Meadowbank", "Hillcrest", "Brookside", "Woodlands", "Elmhurst",
  "Ashgrove", "Millfield", "Beechwood", "Kingsmead", "Fairfield", "Thornbury", "Westfield",
  "Larkrise", "Greenacre", "Hollybank", "Parkside", "Highfield", "Broadwater", "Mayfield",
  "Cedar Park", "Longmeadow", "Foxhill", "Willowbrook", "Northgate", "Southfields",
  "Eastbrook", "Holywell", "Lark Hill", "Sandy Lane", "Church Hill",
};

static const char *const saints[] = {
  "St Mary's", "St Joseph's", "St John's", "St Peter's", "St Anne's", "St Michael's",
  "St Bede's", "St Aidan's", "St Thomas'", "St Margaret's", "St Hilda's", "St Chad's",
  "Holy Trinity", "All Saints",
};

static const char *const trees[] = {
  "Oak", "Ash", "Willow", "Rowan", "Hazel", "Birch", "Beech", "Cedar", "Elm", "Holly", "Maple",
  "Chestnut", "Sycamore", "Alder", "Juniper", "Larch", "Cherry", "Hawthorn", "Pine", "Yew",
  "Aspen", "Poplar", "Linden", "Magnolia", "Spruce", "Walnut", "Cypress", "Laurel",
};

static const char *const birds[] = {
  "Robin", "Wren", "Kingfisher", "Owl", "Kestrel", "Heron", "Swallow", "Puffin", "Goldfinch",
  "Skylark", "Nightingale", "Falcon", "Osprey", "Blackbird", "Starling", "Sparrow", "Swift",
  "Magpie", "Woodpecker", "Dove", "Kite", "Curlew", "Lapwing", "Plover", "Siskin", "Linnet",
  "Merlin", "Buzzard",
};

const SendcoDemoFamily *
sendco_demo_families (guint *n_families)
{
  *n_families = G_N_ELEMENTS (families);
  return families;
}

const char *const *
sendco_demo_unisex_forenames (guint *n_names)
{
  *n_names = G_N_ELEMENTS (unisex_forenames);
  return unisex_forenames;
}

const SendcoDemoNickname *
sendco_demo_nicknames (guint *n_nicknames)
{
  *n_nicknames = G_N_ELEMENTS (nicknames);
  return nicknames;
}

const SendcoDemoLocalAuthority *
sendco_demo_local_authorities (guint *n_authorities)
{
  *n_authorities = G_N_ELEMENTS (local_authorities);
  return local_authorities;
}

const char *const *
sendco_demo_places (guint *n_places)
{
  *n_places = G_N_ELEMENTS (places);
  return places;
}

const char *const *
sendco_demo_saints (guint *n_saints)
{
  *n_saints = G_N_ELEMENTS (saints);
  return saints;
}

/* Primary class names: set 0 trees, set 1 birds. */
const char *const *
sendco_demo_class_names (guint set, guint *n_names)
{
  if (set % 2 == 0)
    {
      *n_names = G_N_ELEMENTS (trees);
      return trees;
    }
  *n_names = G_N_ELEMENTS (birds);
  return birds;
}
