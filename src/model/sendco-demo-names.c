/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The names the demo school's pupils, the school and its local authority are
 * drawn from: modern England, accents and apostrophes included. Each list runs
 * from the commonest name to the rarest; families are weighted roughly like
 * the school population of England. Then the words of the graduated approach
 * and EHC work: outcomes as SENDCOs write them, reviews, parent meetings and
 * pupil passports in the child's own voice. Last, the staff's forenames and
 * the provision library: interventions as schools run them. */
#define G_LOG_DOMAIN "sendco-model"

#include "config.h"

#include <glib/gi18n-lib.h>

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

/* LA SEN caseworkers */

static const char *const caseworkers[] = {
  "Priya Shah", "Gareth Morgan", "Helen Carter", "Tomi Oduya", "Rachel Byrne", "Amira Haddad",
  "Julie Walsh", "Seán McAllister", "Nadia Begum", "Mark Ellison", "Claire Fenwick", "David Osei",
};

const char *const *
sendco_demo_caseworkers (guint *n_names)
{
  *n_names = G_N_ELEMENTS (caseworkers);
  return caseworkers;
}

/* Support plan outcomes, by area of need */

#define P SENDCO_DEMO_PRIMARY
#define S SENDCO_DEMO_SECONDARY
#define B SENDCO_DEMO_ANY_AGE

static const SendcoDemoOutcome outcomes[] = {
  /* Communication and interaction */
  { "communication", "SLCN", P,
    N_("Follow a two-step instruction given to the whole class without an adult repeating it"),
    N_("Follows two-step class instructions without a repeat on 4 days out of 5"),
    N_("Say their name first; give one step at a time; show as well as tell"),
    N_("Attention and listening group, 3 × 20 minutes a week with the TA") },
  { "communication", "SLCN", P,
    N_("Use “because” to explain an idea in a full sentence"),
    N_("Uses “because” correctly when speaking and in one written sentence a week"),
    N_("Model sentence stems; colourful semantics cards on the desk"),
    N_("Colourful semantics group, 2 × 20 minutes a week; the SALT’s programme") },
  { "communication", "SLCN", P,
    N_("Learn and use ten new topic words each half term"),
    N_("Explains 8 of the 10 words in their own words at the end of the topic"),
    N_("Pre-teach the words with pictures; word wall; use the words at home"),
    N_("Vocabulary pre-teaching, 2 × 15 minutes a week before topic lessons") },
  { "communication", "ASD", P,
    N_("Use a visual timetable to move between activities with one prompt"),
    N_("Moves to the next activity with one prompt on 4 days out of 5"),
    N_("Now-and-next board; a two-minute warning before changes; sand timer"),
    N_("Visual timetable and a TA check-in at the start of each session") },
  { "communication", "ASD", P,
    N_("Take turns in a game with two other children for five minutes"),
    N_("Plays a turn-taking game with two classmates for 5 minutes with one prompt"),
    N_("Social stories; a “my turn, your turn” card; praise for waiting"),
    N_("Lego-based therapy group, weekly, 45 minutes") },
  { "communication", "ASD SLCN", B,
    N_("Ask an adult for help using a help card or the agreed words"),
    N_("Asks for help at least once a lesson instead of leaving the task, in three subjects"),
    N_("Help card on the desk; adults check in after the first five minutes"),
    N_("Key adult check-in at the start of the day") },
  { "communication", "ASD", S,
    N_("Manage changes to the timetable, such as a cover teacher, without leaving the lesson"),
    N_("Stays in the lesson when there is cover, using the exit card no more than once, for half a term"),
    N_("Warning of cover in the morning; a known seat; the quiet room at lunch"),
    N_("Morning check-in with the key worker; the resource base at break and lunch") },
  { "communication", "SLCN", S,
    N_("Use subject vocabulary accurately in written answers"),
    N_("Uses three key terms correctly in each extended answer in science and humanities"),
    N_("Knowledge organisers with pictures; key words pre-taught; sentence starters"),
    N_("Literacy support group, 2 × 30 minutes a week") },
  { "communication", "SLCN", S,
    N_("Explain their answer to a partner before writing it down"),
    N_("Gives a spoken explanation in paired talk in most lessons, as teachers observe"),
    N_("Think-pair-share; time to rehearse; sentence stems on the board"),
    N_("The SALT’s advice shared with all teachers; speech and language group weekly") },
  { "communication", "ASD", S,
    N_("Work in a group of three on a shared task, taking an agreed role"),
    N_("Completes the group task in the agreed role in three lessons a half term"),
    N_("Roles given in advance on a card; a seat at the edge of the group; a time limit"),
    N_("Social communication group, weekly; teachers briefed by the SENDCO") },
  { "communication", "ASD", S,
    N_("Manage the busy times of the day using a lunchtime plan"),
    N_("Eats lunch every day and arrives at period 5 calm, for four weeks"),
    N_("Pass to the quiet room; an early lunch pass; a map of quiet places"),
    N_("Resource base at lunch; key worker check-in") },
  { "communication", "SLCN", S,
    N_("Follow a sequence of spoken instructions in practical lessons"),
    N_("Follows a four-step practical task in science or technology without a repeat"),
    N_("Instructions written on the board as well as spoken; a demonstration first"),
    N_("Teachers briefed on the SALT’s advice; TA support in practical lessons") },
  { "communication", "ASD SLCN", B,
    N_("Start a conversation with a classmate at break or lunch"),
    N_("Starts a conversation with a classmate at least twice a week"),
    N_("Lunch club; conversation starters practised in the group"),
    N_("Social communication group, weekly") },

  /* Cognition and learning */
  { "cognition", "SPLD MLD", P,
    N_("Read and spell the first 100 high-frequency words"),
    N_("Reads all 100 words on flash cards and spells 80 of them in dictation"),
    N_("Precision teaching; daily reading with an adult; multi-sensory spelling"),
    N_("Precision teaching, 3 × 10 minutes a week with the TA") },
  { "cognition", "SPLD MLD", P,
    N_("Blend and read words with the phase 3 sounds"),
    N_("Reads 20 decodable words with 18 right"),
    N_("Daily phonics keep-up; sound mat on the desk; decodable books at home"),
    N_("Phonics keep-up, 15 minutes a day") },
  { "cognition", "MLD SPLD", P,
    N_("Recall number bonds to 10 and use them to add"),
    N_("Answers 10 number-bond questions in 2 minutes with 9 right"),
    N_("Numicon and tens frames; daily rapid recall; games to play at home"),
    N_("Numicon intervention, 3 × 15 minutes a week") },
  { "cognition", "SPLD MLD", P,
    N_("Write three sentences with capital letters and full stops"),
    N_("Writes three correctly punctuated sentences on their own in an English lesson"),
    N_("Sentence frames; a checklist on the desk; say the sentence before writing it"),
    N_("Small-group writing with the TA, 2 × 20 minutes a week") },
  { "cognition", "SPLD", B,
    N_("Use a coloured overlay and a reading ruler in every lesson"),
    N_("Uses the overlay without reminders in all lessons, as teachers report"),
    N_("Overlay and ruler in the pencil case; handouts on cream paper"),
    N_("Dyslexia-friendly classroom advice for all staff") },
  { "cognition", "SPLD", S,
    N_("Touch-type at 20 words a minute to write longer answers"),
    N_("Types 20 words a minute with 90% accuracy"),
    N_("Daily typing practice; laptop for extended writing"),
    N_("Touch-typing programme, 3 × 15 minutes a week; a school laptop") },
  { "cognition", "SPLD MLD", S,
    N_("Plan an extended answer using a writing frame"),
    N_("Uses a writing frame for each 6-mark question in English and history"),
    N_("Writing frames; modelled answers; extra time to plan"),
    N_("Study skills group, weekly") },
  { "cognition", "SPLD", S,
    N_("Use text-to-speech software to read longer texts"),
    N_("Reads a two-page source with the software and answers 4 of 5 questions"),
    N_("Text-to-speech on the laptop; digital copies of texts; headphones"),
    N_("Assistive technology set up by the SENDCO; a reader for tests") },
  { "cognition", "SPLD MLD", S,
    N_("Revise with flash cards and self-quizzing three times a week"),
    N_("Keeps a revision log and scores higher on the next end-of-unit test"),
    N_("Knowledge organisers; flash cards; a quiet place to revise after school"),
    N_("Homework club, three times a week") },
  { "cognition", "MLD", S,
    N_("Use a calculator and a times-table grid to solve two-step problems"),
    N_("Solves 7 out of 10 two-step problems with the calculator and grid"),
    N_("Worked examples; step-by-step cards; check answers with a partner"),
    N_("Maths catch-up group, 3 × 30 minutes a fortnight") },
  { "cognition", "SLD PMLD", B,
    N_("Make a choice between two objects or pictures by reaching or looking"),
    N_("Makes a clear choice in 4 out of 5 offers at snack time and play"),
    N_("Objects of reference; wait ten seconds for a response; the same signs from everyone"),
    N_("1:1 support from the TA through the day; sensory curriculum sessions") },
  { "cognition", "SLD", B,
    N_("Recognise and read their own name and five familiar words"),
    N_("Reads their name and five words in different places around school"),
    N_("Words with symbols; matching games; a little practice every day"),
    N_("Individual reading programme, 10 minutes a day") },
  { "cognition", "MLD SLD", P,
    N_("Count objects to 10 and match them to the right numeral"),
    N_("Counts and matches to 10 correctly in 4 out of 5 tries"),
    N_("Counting songs; objects to touch and move; a number line to 10"),
    N_("Numicon group, 3 × 15 minutes a week") },
  { "cognition", "SLD PMLD", B,
    N_("Use a symbol or a sign to ask for a drink, a break or help"),
    N_("Asks with the symbol or sign without a prompt at snack time and in class, 4 days out of 5"),
    N_("Symbol book within reach; Makaton signs used by every adult; wait for the request"),
    N_("Communication programme from the speech and language therapist, practised daily with the TA") },
  { "cognition", "MLD SLD", S,
    N_("Pay for something in the school shop and check the change"),
    N_("Pays and checks the change with a calculator on 3 out of 4 visits"),
    N_("Real coins; shopping role play; a step-by-step card"),
    N_("Life skills group, weekly") },
  { "cognition", NULL, B,
    N_("Remember and follow the steps of a task using a checklist"),
    N_("Completes a three-step task from the checklist without adult help"),
    N_("Visual checklist; break tasks into small steps; praise each step"),
    N_("Working memory programme, 2 × 15 minutes a week") },

  /* Social, emotional and mental health */
  { "semh", NULL, P,
    N_("Name three strategies to calm down and use one when upset"),
    N_("Uses the calm corner or breathing on their own, seen by staff three times in a half term"),
    N_("Zones of Regulation; a feelings check-in; a calm box"),
    N_("ELSA sessions, weekly, 30 minutes") },
  { "semh", NULL, P,
    N_("Come into class calmly in the morning after a check-in"),
    N_("Settles in class within five minutes of the bell on 4 days out of 5"),
    N_("Meet and greet at the gate; a job to do on arrival"),
    N_("Morning check-in with the learning mentor") },
  { "semh", NULL, P,
    N_("Play cooperatively with others at lunchtime"),
    N_("No lunchtime incidents for four weeks"),
    N_("Structured lunchtime club; a named adult to go to"),
    N_("Nurture group at lunchtime, three days a week") },
  { "semh", NULL, B,
    N_("Tell a trusted adult when they feel worried, in words or with the worry box"),
    N_("Tells an adult or uses the worry box at least once a week instead of refusing work"),
    N_("Worry box; named adults; regular praise"),
    N_("ELSA sessions, weekly") },
  { "semh", NULL, S,
    N_("Attend every lesson on their timetable, using the agreed time-out card when needed"),
    N_("Attends over 95% of lessons for a half term; uses the card no more than twice a week"),
    N_("Time-out card; a safe space in the pastoral base; mentor check-ins"),
    N_("Weekly mentoring with the pastoral lead") },
  { "semh", NULL, S,
    N_("Recognise the signs of anxiety and use a strategy before it becomes overwhelming"),
    N_("Tells the mentor about three times they used a strategy in a half term"),
    N_("Breathing and grounding techniques; a worry plan; a quiet place to go"),
    N_("School counsellor, weekly for 8 weeks") },
  { "semh", NULL, S,
    N_("Plan the day at a morning check-in with their key worker"),
    N_("Comes to the check-in every morning for a half term and rates their mood"),
    N_("Mood scale; a plan for the hardest lesson; a named adult"),
    N_("Daily check-in with the key worker") },
  { "semh", NULL, S,
    N_("Stay calm when challenged by staff and talk it through afterwards"),
    N_("Fewer than 3 behaviour points a half term, down from 12"),
    N_("The same calm words from every adult; restorative conversations; a report card"),
    N_("Weekly session with the behaviour mentor") },
  { "semh", NULL, B,
    N_("Join a club or group activity each week"),
    N_("Goes to one club each week for a half term"),
    N_("A buddy to go with; the club leader told in advance"),
    N_("Nurture group; lunchtime club") },

  /* Sensory and/or physical */
  { "sensory", "HI MSI", B,
    N_("Check their radio aid works and tell an adult when it does not"),
    N_("Checks the radio aid each morning and reports faults without a reminder"),
    N_("Daily equipment check; a picture reminder on the desk"),
    N_("Teacher of the Deaf visit each half term; radio aid") },
  { "sensory", "HI MSI", B,
    N_("Ask for something to be repeated when they have not heard it"),
    N_("Asks for a repeat at least once in most lessons"),
    N_("Seat near the front with a clear view of faces; subtitles on videos"),
    N_("Teacher of the Deaf advice to staff; key words pre-taught") },
  { "sensory", "VI MSI", B,
    N_("Use enlarged print and a magnifier to read on their own"),
    N_("Reads N24 print with the magnifier for 10 minutes without adult help"),
    N_("Resources enlarged to N24; seat near the board; good lighting"),
    N_("QTVI visit each term; enlarged resources prepared by the TA") },
  { "sensory", "VI MSI", B,
    N_("Find their way around school on their own along familiar routes"),
    N_("Walks from class to the hall and the toilets on their own"),
    N_("Mobility training; the same layout every day; high-contrast markers"),
    N_("Habilitation officer sessions, fortnightly") },
  { "sensory", "PD", P,
    N_("Hold a pencil with a tripod grip, using a pencil grip"),
    N_("Writes a line of letters with a tripod grip on 4 days out of 5"),
    N_("Pencil grip; sloping board; short writing tasks"),
    N_("Fine motor group, 3 × 15 minutes a week") },
  { "sensory", "PD", B,
    N_("Get changed for PE within ten minutes with little help"),
    N_("Changes for PE within 10 minutes with one adult prompt"),
    N_("Practise at home; clothes with Velcro; extra time"),
    N_("Occupational therapy programme, 2 × 15 minutes a week with the TA") },
  { "sensory", "HI MSI", S,
    N_("Use live captions or a note-taker in assemblies and talks"),
    N_("Uses captions or notes in every assembly and talk for a half term"),
    N_("Captions switched on; notes shared after the talk; seat near the speaker"),
    N_("Teacher of the Deaf advice; a note-taker for talks") },
  { "sensory", "VI MSI", S,
    N_("Use screen magnification on a laptop for classwork"),
    N_("Uses the magnifier on the laptop in every lesson with text, for four weeks"),
    N_("Digital copies of resources; a laptop with magnification; seat away from glare"),
    N_("QTVI visit each term; laptop and software") },
  { "sensory", "PD", S,
    N_("Use a laptop for extended writing to reduce tiredness"),
    N_("Uses the laptop in every lesson with writing longer than a paragraph"),
    N_("Laptop in every lesson; rest breaks; printed notes"),
    N_("Occupational therapy advice; laptop; exam access arrangements") },
  { "sensory", "PD", B,
    N_("Move safely between lessons, using the lift and leaving five minutes early"),
    N_("Arrives on time and safely for four weeks"),
    N_("Lift pass; early leaving pass; a buddy"),
    N_("Physiotherapy programme delivered by the TA, weekly") },

  /* Other */
  { "other", NULL, B,
    N_("Complete a short task on their own using a visual checklist"),
    N_("Finishes a 10-minute task without an adult, three times a week"),
    N_("Checklist; timer; praise for finishing"),
    N_("Small-group support in class, three times a week") },
  { "other", "OTH", B,
    N_("Tell an adult when they feel unwell or need their medication"),
    N_("Tells a named adult each time, as the healthcare plan log shows"),
    N_("Individual healthcare plan shared with staff; named adults"),
    N_("Healthcare plan; a first-aid trained TA") },
  { "other", NULL, P,
    N_("Sit and listen on the carpet for ten minutes, with a wobble cushion"),
    N_("Stays on the carpet for 10 minutes on 4 days out of 5"),
    N_("Wobble cushion; fiddle toy; movement breaks"),
    N_("Movement breaks twice a day") },
  { "other", NULL, S,
    N_("Organise their equipment and homework using a planner"),
    N_("Brings the right equipment and hands homework in on time for four weeks"),
    N_("Checklist in the planner; weekly planner check with the tutor"),
    N_("Weekly organisation session with the tutor") },
  { "other", "NSA", B,
    N_("Take part in assessments so that their needs can be understood"),
    N_("Completes the screening assessments agreed with the SENDCO this term"),
    N_("Short sessions; a familiar adult; breaks"),
    N_("SENDCO assessment sessions; referral to the educational psychologist") },
};

const SendcoDemoOutcome *
sendco_demo_outcomes (guint *n_outcomes)
{
  *n_outcomes = G_N_ELEMENTS (outcomes);
  return outcomes;
}

/* "How best to support me", in the pupil's words */

static const SendcoDemoPhrase support_phrases[] = {
  { "communication", "SLCN", B,
    N_("Say my name before you tell me something, and give me one thing to do at a time.") },
  { "communication", "SLCN", B,
    N_("Show me what you mean with a picture or an example, not only words.") },
  { "communication", "ASD", B,
    N_("Tell me about changes before they happen, and show me on my timetable.") },
  { "communication", "ASD", B,
    N_("When it gets too noisy, let me go to my quiet place for five minutes.") },
  { "communication", "ASD", S,
    N_("Please don’t make me read out loud or answer in front of the class without warning.") },
  { "cognition", "SPLD", B,
    N_("Let me use my coloured overlay, and give me a bit longer to read things.") },
  { "cognition", "SPLD MLD", B,
    N_("Give me a word mat so I can spell the tricky words.") },
  { "cognition", "MLD SLD", B,
    N_("Break my work into small steps and tick them off with me.") },
  { "cognition", "SLD PMLD", B,
    N_("Give me time to answer: count to ten in your head before you help.") },
  { "cognition", "SPLD", S,
    N_("Give me printed notes so I can listen instead of copying from the board.") },
  { "semh", NULL, B,
    N_("If I look worried, let me use my time-out card and come back when I’m ready.") },
  { "semh", NULL, B,
    N_("Talk to me quietly on my own, not in front of everyone.") },
  { "semh", NULL, P,
    N_("Say hello to me at the door in the morning; it helps me start the day well.") },
  { "sensory", "HI MSI", B,
    N_("Stand where I can see your face, and check my radio aid is switched on.") },
  { "sensory", "VI MSI", B,
    N_("Give me my work in big print and let me sit near the front.") },
  { "sensory", "PD", B,
    N_("Let me leave five minutes early so the corridors are quiet.") },
  { "sensory", "PD", B,
    N_("Give me rest breaks when my hands get tired from writing.") },
  { "other", NULL, B,
    N_("Check I have understood by asking me to tell you what I need to do.") },
  { "other", "OTH", B,
    N_("Know my healthcare plan, and let me go to the office when I feel poorly.") },
};

const SendcoDemoPhrase *
sendco_demo_support_phrases (guint *n_phrases)
{
  *n_phrases = G_N_ELEMENTS (support_phrases);
  return support_phrases;
}

#undef P
#undef S
#undef B

/* Everything else, in plain lists */

static const char *const progress_achieved[] = {
  N_("Achieved: now does this without reminders."),
  N_("Achieved, and seen at home as well as in school."),
  N_("Met well before the review date."),
};

static const char *const progress_partly[] = {
  N_("Good progress, but still needs an adult prompt."),
  N_("Some progress; not yet the same in every lesson."),
  N_("Met on about half of the days."),
};

static const char *const progress_not_yet[] = {
  N_("Not yet: absence meant fewer sessions."),
  N_("Not yet: keep the outcome and change the strategy."),
  N_("Not yet: the new strategy only started this half term."),
};

static const char *const attendees_primary[] = {
  N_("SENDCO, class teacher, parent, TA"),
  N_("SENDCO, class teacher, parents"),
  N_("SENDCO, class teacher, parent, pupil"),
  N_("Class teacher, parent, TA (SENDCO sent apologies)"),
};

static const char *const attendees_secondary[] = {
  N_("SENDCO, form tutor, parent, pupil"),
  N_("SENDCO, head of year, parent, pupil"),
  N_("SENDCO, key worker, parent"),
  N_("Assistant SENDCO, form tutor, parents, pupil"),
};

static const char *const attendees_looked_after[] = {
  N_("SENDCO, class teacher, foster carer, social worker, designated teacher"),
  N_("SENDCO, designated teacher, foster carer, pupil"),
};

static const char *const pupil_views_primary[] = {
  N_("I like my reading group. Spelling is still tricky."),
  N_("The calm corner helps me when I’m cross."),
  N_("Maths is easier now I use the number line."),
  N_("I don’t like it when it’s noisy at lunch."),
  N_("I want to get better at writing stories."),
  N_("I like having a job in the morning."),
};

static const char *const pupil_views_secondary[] = {
  N_("The help card is useful but I don’t like using it in front of people."),
  N_("Typing is much quicker than writing now."),
  N_("I’m finding science hard this term."),
  N_("Mentoring helps. I’d like it to carry on."),
  N_("I’d rather have the notes printed so I can listen."),
  N_("Lunchtimes are better since I started going to the club."),
};

static const char *const parent_views[] = {
  N_("We’ve seen much more confidence with reading at home."),
  N_("Mornings are still hard; the check-in at the gate helps."),
  N_("Happy with progress. We would like more ideas for practising at home."),
  N_("Homework is a struggle most nights; could it be shorter?"),
  N_("Pleased with the support; the strategies are working at home too."),
  N_("Worried about friendships; would like to know how lunchtimes are going."),
};

static const char *const next_steps[] = {
  N_("Carry on with the current provision and review next term."),
  N_("Share the strategies with every adult who teaches them."),
  N_("Refer to the educational psychologist for further assessment."),
  N_("Increase the sessions to daily for six weeks, then review."),
  N_("Ask the speech and language therapist for advice."),
  N_("Consider a request for an EHC needs assessment if progress stays slow."),
  N_("Send home a pack of games to practise the skills."),
};

static const char *const meeting_with[] = {
  N_("Mum"), N_("Mum"), N_("Dad"), N_("Mum and Dad"), N_("Mum (by phone)"), N_("Dad (video call)"),
  N_("Grandmother (kinship carer)"),
};

static const char *const meeting_with_looked_after[] = {
  N_("Foster carer"), N_("Foster carer and social worker"),
};

static const char *const meeting_notes[] = {
  N_("Shared the support plan and agreed how to practise at home."),
  N_("Talked about the reading log and how to make homework shorter."),
  N_("Worried about friendships; agreed a lunchtime club."),
  N_("Went through progress on the outcomes; happy with the support."),
  N_("Talked about the referral to the speech and language therapist."),
  N_("Agreed a home–school book for daily messages."),
  N_("Talked about moving up to the next class; a transition book will come home."),
};

static const char *const about_primary[] = {
  N_("I live with my mum and my little sister."),
  N_("I love Lego and drawing dragons."),
  N_("My favourite thing is going swimming on Saturdays."),
  N_("I have a cat called Pickle."),
  N_("I like football and I go to training on Tuesdays."),
  N_("I love animals, especially horses."),
  N_("I live with my grandma and grandad."),
};

static const char *const about_secondary[] = {
  N_("I live with my dad and my two brothers."),
  N_("I like gaming, especially with my friends online."),
  N_("I’m into music and I’m learning the guitar."),
  N_("I go to a youth club on Fridays."),
  N_("I like cooking and I want to be a chef."),
  N_("I play for a local football team."),
};

static const char *const important[] = {
  N_("Knowing what is happening next in the day."),
  N_("Having time to finish my work without rushing."),
  N_("My family and my dog."),
  N_("Having a quiet place to go when it gets too busy."),
  N_("Sitting with my friends."),
  N_("Being allowed to move around when I need to."),
};

static const char *const admire[] = {
  N_("People say I am kind and always ready to help."),
  N_("I make people laugh."),
  N_("I never give up, even when things are hard."),
  N_("I’m really good with younger children."),
  N_("People say I have a great memory for facts."),
  N_("I’m honest and I say what I think."),
};

static const char *const strengths[] = {
  N_("I’m good at building things and solving puzzles."),
  N_("I’m creative: I love art and making things."),
  N_("I’m good at sport, especially running."),
  N_("I know lots about dinosaurs and space."),
  N_("I’m good with computers."),
  N_("I’m a good friend."),
};

static const char *const exception_child_away[] = {
  N_("In hospital for six weeks during the assessment."),
  N_("Abroad with family for five weeks; the parents told the LA in advance."),
};

static const char *const exception_setting_closed[] = {
  N_("The school was closed for the summer holiday during the assessment."),
};

static const char *const exception_circumstances[] = {
  N_("Family bereavement; the parents asked for more time to comment on the draft."),
  N_("The family moved house twice during the assessment."),
};

const char *const *
sendco_demo_texts (SendcoDemoText kind, guint *n_texts)
{
  static const struct
  {
    const char *const *texts;
    guint              n;
  } lists[SENDCO_DEMO_N_TEXTS] = {
    [SENDCO_DEMO_PROGRESS_ACHIEVED] = { LIST (progress_achieved) },
    [SENDCO_DEMO_PROGRESS_PARTLY] = { LIST (progress_partly) },
    [SENDCO_DEMO_PROGRESS_NOT_YET] = { LIST (progress_not_yet) },
    [SENDCO_DEMO_ATTENDEES_PRIMARY] = { LIST (attendees_primary) },
    [SENDCO_DEMO_ATTENDEES_SECONDARY] = { LIST (attendees_secondary) },
    [SENDCO_DEMO_ATTENDEES_LOOKED_AFTER] = { LIST (attendees_looked_after) },
    [SENDCO_DEMO_PUPIL_VIEWS_PRIMARY] = { LIST (pupil_views_primary) },
    [SENDCO_DEMO_PUPIL_VIEWS_SECONDARY] = { LIST (pupil_views_secondary) },
    [SENDCO_DEMO_PARENT_VIEWS] = { LIST (parent_views) },
    [SENDCO_DEMO_NEXT_STEPS] = { LIST (next_steps) },
    [SENDCO_DEMO_MEETING_WITH] = { LIST (meeting_with) },
    [SENDCO_DEMO_MEETING_WITH_LOOKED_AFTER] = { LIST (meeting_with_looked_after) },
    [SENDCO_DEMO_MEETING_NOTES] = { LIST (meeting_notes) },
    [SENDCO_DEMO_ABOUT_PRIMARY] = { LIST (about_primary) },
    [SENDCO_DEMO_ABOUT_SECONDARY] = { LIST (about_secondary) },
    [SENDCO_DEMO_IMPORTANT] = { LIST (important) },
    [SENDCO_DEMO_ADMIRE] = { LIST (admire) },
    [SENDCO_DEMO_STRENGTHS] = { LIST (strengths) },
    [SENDCO_DEMO_EXCEPTION_CHILD_AWAY] = { LIST (exception_child_away) },
    [SENDCO_DEMO_EXCEPTION_SETTING_CLOSED] = { LIST (exception_setting_closed) },
    [SENDCO_DEMO_EXCEPTION_CIRCUMSTANCES] = { LIST (exception_circumstances) },
  };

  g_return_val_if_fail (kind < SENDCO_DEMO_N_TEXTS, NULL);
  *n_texts = lists[kind].n;
  return lists[kind].texts;
}

/* Staff: adult forenames of British families */

static const char *const adult_female[] = {
  "Sarah", "Claire", "Emma", "Rachel", "Helen", "Lisa", "Joanne", "Nicola", "Michelle",
  "Laura", "Louise", "Kelly", "Gemma", "Victoria", "Rebecca", "Karen", "Amanda", "Natalie",
  "Hayley", "Jennifer", "Catherine", "Kirsty", "Samantha", "Angela", "Jacqueline", "Donna",
  "Elaine", "Alison", "Lynsey", "Siobhan", "Bethan", "Fiona", "Carol", "Sian", "Zoë",
};

static const char *const adult_male[] = {
  "David", "Mark", "Paul", "Andrew", "James", "Richard", "Steven", "Matthew", "Daniel",
  "Christopher", "Gareth", "Simon", "Thomas", "Benjamin", "Neil", "Adam", "Robert", "Jonathan",
  "Stuart", "Craig", "Lee", "Martin", "Ian", "Darren", "Kevin", "Owain", "Graham",
};

/* Whether the family's adults are named from the adult lists: those of
 * British, Irish and Caribbean families, whose children's names are the
 * newer ones. */
gboolean
sendco_demo_family_has_adult_forenames (const SendcoDemoFamily *family)
{
  return family->female == british_female || family->female == irish_female
         || family->female == caribbean_female;
}

const char *const *
sendco_demo_adult_forenames (gboolean female, guint *n_names)
{
  if (female)
    {
      *n_names = G_N_ELEMENTS (adult_female);
      return adult_female;
    }
  *n_names = G_N_ELEMENTS (adult_male);
  return adult_male;
}

/* The provision library. Sessions, group sizes, lengths and costs are the
 * ones the programmes' publishers give and schools use; resources are
 * pounds a year (kits, books, licences). */

#define TA        SENDCO_DEMO_BY_TA
#define HLTA      SENDCO_DEMO_BY_HLTA
#define TEACHER   SENDCO_DEMO_BY_TEACHER
#define SENDCO    SENDCO_DEMO_BY_SENDCO
#define SALT      SENDCO_DEMO_BY_SALT
#define EP        SENDCO_DEMO_BY_EP
#define OT        SENDCO_DEMO_BY_OT
#define THERAPIST SENDCO_DEMO_BY_THERAPIST

#define YEAR  SENDCO_DEMO_RUN_YEAR
#define BLOCK SENDCO_DEMO_RUN_BLOCK
#define ON    SENDCO_DEMO_RUN_ON

#define CORE    SENDCO_DEMO_CORE
#define ALSO_N  SENDCO_DEMO_ALSO_N
#define LICENCE SENDCO_DEMO_LICENCE

/* Entry and exit measures: name, unit, lower is better */
#define NO_MEASURE    NULL, NULL, FALSE
#define READING_AGE   N_("Reading age"), N_("months"), FALSE
#define SPELLING_AGE  N_("Spelling age"), N_("months"), FALSE
#define NUMBER_SCORE  N_("Number fluency score"), N_("points"), FALSE
#define MATHS_SCORE   N_("Maths standardised score"), N_("standard score"), FALSE
#define BOOK_BAND     N_("Book band"), N_("level"), FALSE
#define SDQ           N_("SDQ total difficulties"), N_("points"), TRUE
#define BOXALL        N_("Boxall profile (developmental strands)"), N_("points"), FALSE
#define SOCIAL_SKILLS N_("Social skills checklist"), N_("points"), FALSE
#define ATTENDANCE    N_("Attendance"), N_("%"), FALSE
#define SALT_TARGETS  N_("SALT targets met"), N_("%"), FALSE
#define TALK_BOOST    N_("Talk Boost progress score"), N_("points"), FALSE
#define LANGUAGE_LINK N_("Language Link standardised score"), N_("standard score"), FALSE
#define TOPIC_WORDS   N_("Topic words known"), N_("out of 10"), FALSE
#define EHC_OUTCOMES  N_("EHC plan outcomes on track"), N_("%"), FALSE

static const SendcoDemoProvision provisions[] = {
  /* Communication and interaction */
  { N_("Talk Boost KS1"), "communication", 2, "SLCN NSA", 0, 2, TA, 4, 4, 3, 30, 30, BLOCK, 10,
    200, 250, TALK_BOOST, CORE | ALSO_N, 8,
    N_("Targeted language programme for children with delayed language, in groups of four, "
       "three times a week for ten weeks, with the Talk Boost tracker before and after.") },
  { N_("Talk Boost KS2"), "communication", 2, "SLCN NSA", 3, 6, TA, 4, 4, 3, 30, 30, BLOCK, 10,
    200, 250, TALK_BOOST, ALSO_N, 4,
    N_("The Key Stage 2 Talk Boost programme: vocabulary, narrative and conversation in groups "
       "of four, three times a week for ten weeks.") },
  { N_("NELI language programme"), "communication", 2, "SLCN NSA", 0, 0, TA,
    3, 4, 3, 30, 30, BLOCK, 20, 0, 0,
    N_("LanguageScreen standard score"), N_("standard score"), FALSE, CORE | ALSO_N, 7,
    N_("The Nuffield Early Language Intervention: twenty weeks of oral language work for "
       "Reception children picked out by LanguageScreen, three small-group sessions a week and "
       "short one-to-one sessions. Free to state schools.") },
  { N_("Infant Language Link"), "communication", 2, "SLCN NSA", 0, 2, TA, 4, 6, 2, 30, 30, BLOCK,
    12, 350, 550, LANGUAGE_LINK, ALSO_N | LICENCE, 5,
    N_("Online assessment of understanding of spoken language, with the small-group sessions "
       "it sets for the children who need them.") },
  { N_("Junior Language Link"), "communication", 2, "SLCN NSA", 3, 6, TA, 4, 6, 2, 30, 30, BLOCK,
    12, 350, 550, LANGUAGE_LINK, ALSO_N | LICENCE, 4,
    N_("Online assessment of understanding of spoken language for Key Stage 2, with the "
       "small-group sessions it sets.") },
  { N_("Secondary Language Link"), "communication", 2, "SLCN NSA", 7, 9, TA, 4, 6, 2, 30, 40,
    BLOCK, 12, 400, 600, LANGUAGE_LINK, LICENCE, 4,
    N_("Language assessment for Key Stage 3 with small-group sessions on vocabulary, "
       "instructions and inference.") },
  { N_("Lego-based therapy"), "communication", 2, "ASD SLCN SEMH", 1, 9, TA, 3, 3, 1, 45, 60,
    YEAR | BLOCK, 0, 80, 150, SOCIAL_SKILLS, 0, 6,
    N_("Groups of three build together as engineer, supplier and builder, practising "
       "turn-taking, shared attention and asking for help.") },
  { N_("Social communication group"), "communication", 2, "ASD SLCN", 2, 11, HLTA, 4, 6, 1, 40, 50,
    BLOCK, 12, 30, 60, SOCIAL_SKILLS, 0, 6,
    N_("Weekly small group on conversation, reading other people’s feelings and friendships, "
       "with role play and social stories.") },
  { N_("Speech and language therapy"), "communication", 3, "SLCN ASD HI", 0, 13, SALT, 1, 1, 1, 30,
    45, BLOCK, 6, 0, 0, SALT_TARGETS, CORE, 8,
    N_("Assessment and direct therapy from the bought-in speech and language therapist, who "
       "sets the targets and trains the TA who carries on the programme.") },
  { N_("Speech and language programme 1:1"), "communication", 3, "SLCN ASD", 0, 9, TA, 1, 1, 3,
    15, 15, YEAR | ON, 0, 0, 40, SALT_TARGETS, CORE, 7,
    N_("The speech and language therapist’s programme, delivered one-to-one by a trained TA "
       "in short sessions three times a week.") },
  { N_("Attention Autism"), "communication", 2, "ASD SLCN", 0, 2, TA, 5, 6, 4, 20,
    20, YEAR, 0, 40, 80, N_("Attention Autism stage reached"), N_("stage"), FALSE, 0, 5,
    N_("Bucket Time and the stages after it build shared attention: a bucket of exciting "
       "objects, attention builders, turn-taking, then a shift to a task.") },
  { N_("Colourful Semantics"), "communication", 2, "SLCN ASD NSA", 1, 4, TA, 3, 4, 2, 20, 20,
    BLOCK, 10, 30, 60, N_("Words in a spoken sentence"), N_("words"), FALSE, 0, 4,
    N_("Colour-coded question words (who, what doing, what, where) to build longer spoken, "
       "then written, sentences.") },
  { N_("ELKLAN-trained TA support in class"), "communication", 2, "SLCN ASD HI", 0, 11, TA, 8, 8,
    5, 60, 60, YEAR | ON, 0, 250, 350, NO_MEASURE, 0, 4,
    N_("A TA trained on the ELKLAN language course adapts the teacher’s language in lessons: "
       "shorter instructions, visual support and checking understanding.") },
  { N_("Visual timetables"), "communication", 1, "ASD SLCN NSA OTH", 0, 9,
    TA, 30, 30, 1, 15, 15, YEAR, 0, 80, 180, NO_MEASURE, CORE | ALSO_N | LICENCE, 8,
    N_("Quality-first teaching: a symbol timetable in every class and now-and-next boards for "
       "those who need them; the cost is the symbol software and a TA’s time making them.") },
  { N_("Word Aware vocabulary"), "communication", 2, "SLCN NSA MLD", 1, 9, TA, 4, 6,
    2, 20, 20, BLOCK, 12, 90, 120, TOPIC_WORDS, ALSO_N, 5,
    N_("Word Aware pre-teaching: topic words taught before the lesson with pictures, actions "
       "and their sounds, so the pupils can join in with the class.") },
  { N_("Social Stories"), "communication", 3, "ASD SEMH", 0, 11,
    SENDCO, 1, 1, 1, 20, 20, BLOCK, 8, 0, 0, N_("Incidents a week"), N_("incidents"), TRUE, 0, 3,
    N_("Social Stories and comic strip conversations, written with the pupil by the SENDCO "
       "to prepare for changes and to make sense of situations that went wrong.") },

  /* Cognition and learning */
  { N_("Precision teaching"), "cognition", 2, "SPLD MLD NSA SLCN", 1, 11, TA, 1, 3, 5, 10, 10,
    YEAR | BLOCK, 0, 0, 0, N_("Words read correctly a minute"), N_("words"), FALSE, CORE, 9,
    N_("Ten minutes a day on a small set of high-frequency words or number facts, with a "
       "one-minute timed probe each session to chart fluency.") },
  { N_("Toe by Toe"), "cognition", 3, "SPLD MLD", 3, 9, TA, 1, 1, 5, 20, 20, YEAR | ON, 0, 35, 140,
    READING_AGE, 0, 6,
    N_("The structured phonics reading manual worked through one-to-one, a little every day.") },
  { N_("Nessy Reading and Spelling"), "cognition", 2, "SPLD MLD NSA", 1, 8, TA, 6, 6, 3, 20, 20,
    YEAR, 0, 400, 900, SPELLING_AGE, LICENCE, 5,
    N_("Online structured literacy programme for dyslexic learners, supervised by a TA in a "
       "small group.") },
  { N_("Rapid Reading"), "cognition", 2, "SPLD MLD NSA", 2, 6, TA, 2, 3, 3, 20, 20, BLOCK, 12, 250,
    350, READING_AGE, 0, 5,
    N_("Levelled books and software for struggling readers in pairs or threes, with a TA "
       "guiding the reading.") },
  { N_("Fischer Family Trust Wave 3"), "cognition", 3, "SPLD MLD NSA SLCN", 1, 2, TA, 1, 1, 5, 20,
    20, BLOCK, 20, 100, 200, BOOK_BAND, 0, 4,
    N_("Daily one-to-one reading and writing lessons from a trained TA for the lowest-attaining "
       "readers in Key Stage 1.") },
  { N_("Numicon intervention"), "cognition", 2, "MLD SPLD NSA SLD", 1, 8, TA, 4, 6, 3, 30, 30,
    BLOCK, 12, 150, 220, NUMBER_SCORE, ALSO_N, 7,
    N_("Numicon Breaking Barriers: number sense built with shapes and number lines, in a small "
       "group three times a week. The cost is the kit.") },
  { N_("Plus One"), "cognition", 3, "MLD NSA SPLD", 1, 3, TA, 1, 1, 5, 10, 15, YEAR | BLOCK, 0, 30,
    50, NUMBER_SCORE, 0, 4,
    N_("Every Child Counts programme for children with weak early number: short daily "
       "one-to-one sessions with practical resources.") },
  { N_("Power of 2"), "cognition", 3, "MLD SPLD NSA", 3, 9, TA, 1, 1, 5, 10, 15, YEAR | BLOCK, 0,
    30, 50, NUMBER_SCORE, 0, 5,
    N_("Daily ten-minute one-to-one sessions working through the Power of 2 book to secure "
       "number facts and mental calculation.") },
  { N_("1stClass@Number"), "cognition", 2, "MLD NSA SPLD", 2, 4, TA, 4, 4, 3, 30, 30, BLOCK, 10,
    200, 300, MATHS_SCORE, ALSO_N, 4,
    N_("Every Child Counts small-group maths programme of games and talk about number, three "
       "half-hour sessions a week for ten weeks.") },
  { N_("Beat Dyslexia"), "cognition", 2, "SPLD", 2, 7, TA, 2, 3, 3, 20, 20, YEAR, 0, 100, 140,
    SPELLING_AGE, 0, 4,
    N_("Multisensory structured phonics scheme for pupils with dyslexic difficulties, in pairs "
       "or threes.") },
  { N_("IDL literacy"), "cognition", 2, "SPLD MLD", 1, 11, TA, 6, 6, 4, 20, 20, YEAR | ON, 0, 350,
    600, READING_AGE, LICENCE, 5,
    N_("Indirect Dyslexia Learning: computer-based reading and spelling in short sessions four "
       "times a week, supervised by a TA.") },
  { N_("Read Write Inc. one-to-one tutoring"), "cognition", 2, "SPLD MLD NSA SLCN", 0, 4, TA, 1, 1,
    5, 10, 10, YEAR, 0, 0, 0, N_("Phonics screening check score"), N_("out of 40"), FALSE,
    CORE | ALSO_N, 7,
    N_("Daily ten-minute phonics keep-up sessions for children who have fallen behind their "
       "Read Write Inc. group.") },
  { N_("Read Write Inc. Fresh Start"), "cognition", 2, "SPLD MLD NSA", 5, 8, TEACHER, 4, 6, 4, 45,
    45, YEAR, 0, 300, 500, READING_AGE, 0, 4,
    N_("Phonics catch-up programme for older pupils reading well below their age, taught by a "
       "trained teacher.") },
  { N_("Lexia Core5"), "cognition", 2, "SPLD MLD NSA SLCN", 1, 6, TA, 8, 10, 3, 30, 30, YEAR | ON, 0,
    350, 1500, READING_AGE, ALSO_N | LICENCE, 7,
    N_("Adaptive online reading programme, three half-hour sessions a week in the ICT suite "
       "with a TA; the cost is the school’s licence.") },
  { N_("Lexia PowerUp"), "cognition", 2, "SPLD MLD NSA", 7, 11, TA, 8, 10, 3, 30, 30, YEAR | ON, 0,
    800, 1500, READING_AGE, ALSO_N | LICENCE, 7,
    N_("Adaptive online literacy programme for secondary pupils: word study, grammar and "
       "comprehension, supervised by a TA.") },
  { N_("Spelling catch-up group"), "cognition", 2, "SPLD MLD NSA", 3, 9, TA, 4, 6, 2, 20, 20, BLOCK,
    12, 0, 40, SPELLING_AGE, ALSO_N, 5,
    N_("Small group working on spelling patterns and strategies taken from the pupils’ own "
       "writing.") },
  { N_("Catch Up Literacy"), "cognition", 2, "SPLD MLD NSA", 2, 9, TA, 1, 1, 2, 15, 15,
    YEAR | BLOCK, 0, 100, 150, READING_AGE, 0, 5,
    N_("Two fifteen-minute one-to-one sessions a week with a book at the right level, from a "
       "TA trained by Catch Up.") },
  { N_("Catch Up Numeracy"), "cognition", 2, "MLD SPLD NSA", 2, 9, TA, 1, 1, 2, 15, 15,
    YEAR | BLOCK, 0, 100, 150, N_("Number age"), N_("months"), FALSE, 0, 5,
    N_("Two fifteen-minute one-to-one sessions a week on the parts of number the Catch Up "
       "assessment shows are weak.") },
  { N_("Reading Recovery"), "cognition", 3, "SPLD MLD NSA SLCN", 1, 1, TEACHER, 1, 1, 5, 30, 30,
    BLOCK, 20, 150, 250, BOOK_BAND, 0, 3,
    N_("Daily half-hour one-to-one lessons from a trained Reading Recovery teacher for the "
       "lowest-attaining readers in Year 1, for up to twenty weeks.") },
  { N_("Homework club"), "cognition", 2, "*", 5, 13, TA, 15, 15, 2, 45, 45, YEAR | ON, 0, 0, 0,
    N_("Homework handed in on time"), N_("%"), FALSE, ALSO_N, 5,
    N_("After-school club with a TA and the computers, for pupils who find homework hard to "
       "organise or have nowhere quiet to work.") },
  { N_("Exam access practice"), "cognition", 2, "SPLD MLD ASD SEMH VI HI PD SLCN OTH",
    10, 13, HLTA, 6, 6, 1, 60, 60, YEAR, 0, 0, 200, NO_MEASURE, CORE, 7,
    N_("Practice with the access arrangements each pupil will have in exams (reader, scribe, "
       "word processor, rest breaks or extra time), so that they are their normal way of "
       "working, as JCQ requires.") },
  { N_("Access arrangements assessment (Form 8)"), "cognition", 3, "SPLD MLD SLCN", 9, 11, SENDCO,
    1, 1, 1, 60, 60, BLOCK, 3, 0, 150, NO_MEASURE, 0, 3,
    N_("Standardised tests of reading, writing speed and processing by the SENDCO as a "
       "qualified assessor, recorded on JCQ Form 8.") },
  { N_("Maths catch-up group"), "cognition", 2, "MLD SPLD NSA", 7, 9, TEACHER, 6, 8, 2, 50, 50,
    YEAR | BLOCK, 0, 0, 100, MATHS_SCORE, ALSO_N, 6,
    N_("A maths teacher re-teaches the number and place value gaps from Key Stage 2 to a small "
       "group, two lessons a week.") },
  { N_("Reciprocal reading group"), "cognition", 2, "SPLD MLD SLCN NSA", 7, 8, TEACHER, 6, 6, 1, 50,
    50, BLOCK, 12, 0, 60, READING_AGE, ALSO_N, 4,
    N_("Small group taking turns to predict, clarify, question and summarise, to build reading "
       "comprehension.") },
  { N_("Overlays, word mats and writing frames"), "cognition", 1, "SPLD MLD NSA", 1, 11, TA, 30, 30,
    1, 15, 15, YEAR, 0, 100, 250, NO_MEASURE, CORE | ALSO_N, 7,
    N_("Quality-first adaptations in every classroom: coloured overlays, reading rulers, word "
       "mats and writing frames, made and kept up by a TA.") },
  { N_("TA support in English and maths lessons"), "cognition", 2, "*", 7, 11, TA, 6, 8, 4, 60, 60,
    YEAR | ON, 0, 0, 0, NO_MEASURE, CORE, 7,
    N_("A TA in the class for English and maths lessons, working with the pupils on the "
       "register in the group: breaking down tasks, checking understanding, keeping them on "
       "track.") },
  { N_("Study skills and revision group"), "cognition", 2, "SPLD MLD SLCN ASD NSA OTH", 9, 13, HLTA,
    6, 8, 1, 50, 50, YEAR | BLOCK, 0, 0, 100, NO_MEASURE, ALSO_N, 6,
    N_("Planning coursework, revision timetables, mind maps and memory strategies, and "
       "practising exam questions against the clock.") },
  { N_("Laptop as normal way of working"), "sensory", 1, "SPLD PD OTH VI", 5, 13, TA, 30, 30, 1, 10,
    10, YEAR | ON, 0, 300, 600, NO_MEASURE, 0, 4,
    N_("School laptops for pupils whose handwriting is slow, painful or hard to read, in "
       "lessons and, where JCQ allows, in exams; a TA keeps them charged and set up.") },
  { N_("Sixth form wellbeing drop-in"), "semh", 2, "SEMH ASD OTH NSA", 12, 13, HLTA, 8, 10, 1, 30,
    30, YEAR | ON, 0, 0, 50, NO_MEASURE, ALSO_N, 4,
    N_("A weekly drop-in with the sixth form’s learning mentor for students managing anxiety, "
       "workload and the move to independent study.") },
  { N_("Reader pens in lessons"), "cognition", 1, "SPLD MLD VI", 5, 13, TA, 30, 30, 1, 10, 10,
    YEAR | ON, 0, 300, 800, NO_MEASURE, 0, 3,
    N_("Scanning pens that read text aloud, for pupils who read slowly or inaccurately, used in "
       "class and, where allowed, in exams.") },
  { N_("EP assessment"), "cognition", 3, "*", 0, 13, EP, 1, 1, 1, 90, 90,
    BLOCK, 3, 0, 0, NO_MEASURE, CORE, 6,
    N_("Observation, assessment and a consultation with parents and staff by an educational "
       "psychologist from the traded service, with a written report.") },
  { N_("Life skills and independence group"), "other", 2, "SLD MLD PMLD ASD", 7, 13, TA, 6, 6, 2,
    50, 50, YEAR, 0, 100, 200, N_("Independence checklist"), N_("points"), FALSE, 0, 4,
    N_("Cooking, money, travel and self-care in small steps, towards preparing for "
       "adulthood.") },

  /* Social, emotional and mental health */
  { N_("Zones of Regulation group"), "semh", 2, "SEMH ASD OTH", 1, 8, TA, 4, 6, 1, 30, 30, BLOCK,
    12, 30, 50, SDQ, ALSO_N, 6,
    N_("Small group learning to name their feelings by colour zone and choose a strategy to get "
       "back to the green zone.") },
  { N_("ELSA emotional literacy support"), "semh", 2, "SEMH ASD NSA OTH", 1, 11, TA, 1, 2, 1, 45,
    45, BLOCK, 8, 0, 60, N_("Emotional literacy checklist"), N_("points"), FALSE, CORE | ALSO_N, 8,
    N_("Weekly sessions with an ELSA-trained TA, supervised by the educational psychologist, on "
       "feelings, friendships, anger, loss or self-esteem.") },
  { N_("Drawing and Talking"), "semh", 3, "SEMH", 1, 9, TA, 1, 1, 1, 30, 30, BLOCK, 12, 0, 30, SDQ,
    0, 5,
    N_("Twelve weekly one-to-one sessions of drawing with a trained adult: a gentle way to "
       "work through difficult feelings.") },
  { N_("Lunchtime nurture club"), "semh", 2, "SEMH ASD SLCN NSA", 0, 6, TA, 10, 12, 5, 30, 30,
    YEAR | ON, 0, 100, 200, BOXALL, ALSO_N, 6,
    N_("A calm room with games and a TA at lunchtime for children who find the playground "
       "hard.") },
  { N_("Nurture group"), "semh", 3, "SEMH ASD SLCN", 1, 4, HLTA, 8, 10, 4, 90, 90, YEAR, 0, 300,
    600, BOXALL, 0, 3,
    N_("A Boxall nurture group each morning: breakfast, routines and learning to learn in a "
       "small, predictable group.") },
  { N_("Thrive"), "semh", 2, "SEMH ASD OTH", 0, 9, HLTA, 1, 4, 1, 40, 40, YEAR | BLOCK, 0, 800,
    1500, SDQ, ALSO_N | LICENCE, 5,
    N_("Activities chosen from the Thrive online assessment, one-to-one or in a small group, "
       "with a licensed Thrive practitioner.") },
  { N_("Keyworker check-in"), "semh", 2, "SEMH ASD OTH NSA", 0, 13, TA, 1, 1, 5, 10, 10, YEAR | ON,
    0, 0, 0, ATTENDANCE, CORE | ALSO_N, 7,
    N_("A trusted adult meets the pupil at the gate each morning to check in, settle them and "
       "go over the day.") },
  { N_("Mentoring"), "semh", 2, "SEMH ASD OTH NSA", 7, 13, HLTA, 1, 1, 1, 30, 30, YEAR | ON, 0, 0,
    0, ATTENDANCE, CORE | ALSO_N, 6,
    N_("Weekly one-to-one with a learning mentor on attendance, organisation, behaviour points "
       "and what is going well.") },
  { N_("School counselling"), "semh", 3, "SEMH", 7, 13, THERAPIST, 1, 1, 1, 50, 50, BLOCK, 12, 0, 0,
    N_("YP-CORE score"), N_("points"), TRUE, CORE, 6,
    N_("Twelve weekly sessions with the school’s counsellor for anxiety, low mood, self-harm "
       "or bereavement.") },
  { N_("Play therapy"), "semh", 3, "SEMH ASD", 0, 6, THERAPIST, 1, 1, 1, 45, 45, BLOCK, 12, 0, 100,
    SDQ, CORE, 5,
    N_("Weekly sessions with a registered play therapist for children who have lived through "
       "trauma, loss or attachment difficulties.") },
  { N_("Anxiety management group"), "semh", 2, "SEMH ASD", 5, 11, HLTA, 4, 6, 1, 50, 50, BLOCK, 8,
    30, 60, N_("RCADS anxiety score"), N_("points"), TRUE, ALSO_N, 5,
    N_("Eight weeks of cognitive behavioural activities on noticing worries, calming the body "
       "and facing fears step by step.") },
  { N_("Circle of Friends"), "semh", 2, "SEMH ASD SLCN", 1, 6, TA, 6, 7, 1, 30, 30, BLOCK, 10, 0, 0,
    SOCIAL_SKILLS, 0, 3,
    N_("Volunteer classmates meet weekly with a TA to support a child who finds friendships "
       "hard.") },
  { N_("Calm space and movement breaks"), "semh", 1, "SEMH ASD OTH NSA", 0, 11, TA, 30, 30, 1, 15,
    15, YEAR | ON, 0, 50, 150, NO_MEASURE, CORE | ALSO_N, 6,
    N_("Quality-first teaching: a calm corner in each class, time-out cards and planned "
       "movement breaks for the pupils who need them.") },
  { N_("Lunchtime quiet club"), "semh", 2, "ASD SEMH SLCN", 7, 11, TA, 12, 15, 5, 40, 40, YEAR, 0,
    50, 150, NO_MEASURE, ALSO_N, 5,
    N_("A supervised quiet room with board games and Lego at lunch for pupils who find the "
       "canteen and the yard overwhelming.") },
  { N_("Enhanced transition programme"), "semh", 2, "*", 6, 7, HLTA, 6, 8, 1, 45, 45, BLOCK, 8, 0,
    80, NO_MEASURE, 0, 5,
    N_("Extra visits, a photo book of the new school, meeting key staff and practising the "
       "timetable, before and after the move to Year 7.") },

  /* Sensory and/or physical */
  { N_("Handwriting and fine motor group"), "sensory", 2, "PD OTH SPLD MLD NSA", 0, 5, TA, 4, 6, 3,
    20, 20, BLOCK, 12, 40, 90, N_("Handwriting speed"), N_("letters a minute"), FALSE,
    CORE | ALSO_N, 7,
    N_("Pencil grip, letter formation and hand strength with putty, pegs and tracing, in a "
       "small group.") },
  { N_("Write from the Start"), "sensory", 2, "PD OTH SPLD NSA", 0, 3, TA, 4, 4, 3, 15, 15, BLOCK,
    12, 40, 60, N_("Fine motor checklist"), N_("points"), FALSE, ALSO_N, 4,
    N_("The perceptual and fine motor programme that builds the skills for joined "
       "handwriting.") },
  { N_("Sensory circuits"), "sensory", 2, "ASD PD OTH SEMH", 0, 6, TA, 6, 8, 5, 15, 15, YEAR | ON, 0,
    150, 300, N_("Ready-to-learn rating"), N_("out of 5"), FALSE, ALSO_N, 7,
    N_("A short circuit of alerting, organising and calming activities each morning, so pupils "
       "come to class ready to learn.") },
  { N_("Occupational therapy programme"), "sensory", 3, "PD OTH ASD", 0, 11, OT, 1, 1, 1, 45, 45,
    BLOCK, 6, 0, 0, N_("OT goals met"), N_("out of 5"), FALSE, 0, 5,
    N_("Assessment and sessions with the bought-in occupational therapist on motor skills, "
       "sensory needs or equipment, with a programme for school.") },
  { N_("Physiotherapy programme"), "sensory", 3, "PD MSI PMLD", 0, 13, TA, 1, 1, 3, 20, 30,
    YEAR | ON, 0, 50, 150, N_("Physio targets met"), N_("out of 5"), FALSE, 0, 5,
    N_("The NHS physiotherapist’s exercises, stretches and standing frame time, carried out by "
       "a trained TA.") },
  { N_("Brain Gym"), "sensory", 1, "OTH PD ASD SEMH NSA", 0, 6, TA, 15, 30, 5, 10, 10, YEAR, 0, 20,
    40, NO_MEASURE, ALSO_N, 3,
    N_("Short movement breaks in class to help concentration and coordination.") },
  { N_("Hearing support and pre-tutoring"), "sensory", 3, "HI", 0, 13, TA, 1, 1, 2, 20, 20,
    YEAR | ON, 0, 0, 100, TOPIC_WORDS, 0, 4,
    N_("Radio aid checks and pre-teaching of topic vocabulary, following the advice of the "
       "LA’s teacher of the deaf.") },
  { N_("Enlarged print and modified resources"), "sensory", 1, "VI MSI", 0, 13, TA, 30, 30, 2, 30,
    30, YEAR | ON, 0, 80, 200, NO_MEASURE, 0, 4,
    N_("A TA enlarges and adapts worksheets and texts as the qualified teacher of the visually "
       "impaired advises.") },
  { N_("Touch-typing club"), "sensory", 2, "PD OTH SPLD VI", 4, 10, TA, 8, 8, 2, 20, 20, YEAR, 0,
    100, 250, N_("Typing speed"), N_("words a minute"), FALSE, ALSO_N | LICENCE, 5,
    N_("Online touch-typing course twice a week for pupils whose handwriting is slow or "
       "painful, as a route to a laptop in lessons and exams.") },

  /* Other */
  { N_("Personal care and medical support"), "other", 3, "OTH PD PMLD SLD MSI", 0, 13, TA, 1, 1, 5,
    20, 20, YEAR | ON, 0, 50, 150, NO_MEASURE, 0, 4,
    N_("Personal care, medication and the routines of the pupil’s health care plan, by a "
       "trained TA.") },

  /* Support set out in EHC plans; the area is that of the pupils' needs. */
  { N_("1:1 TA support"), NULL, 3, "*", 0, 13, TA, 1, 1, 5, 180, 300, ON, 0, 0, 0, EHC_OUTCOMES,
    SENDCO_DEMO_ONE_TO_ONE, 10,
    N_("A named TA supports the pupil through the day as their EHC plan sets out: in lessons, "
       "at break and lunch, and with personal care.") },
  { N_("Shared TA support in class"), NULL, 3, "*", 0, 13, TA, 3, 3, 5, 90, 120, ON, 0, 0, 0,
    EHC_OUTCOMES, SENDCO_DEMO_SHARED, 10,
    N_("A TA shared between three pupils with EHC plans in the same classes, for the hours their "
       "plans set out.") },
};

#undef TA
#undef HLTA
#undef TEACHER
#undef SENDCO
#undef SALT
#undef EP
#undef OT
#undef THERAPIST
#undef YEAR
#undef BLOCK
#undef ON
#undef CORE
#undef ALSO_N
#undef LICENCE

const SendcoDemoProvision *
sendco_demo_provisions (guint *n_provisions)
{
  *n_provisions = G_N_ELEMENTS (provisions);
  return provisions;
}
