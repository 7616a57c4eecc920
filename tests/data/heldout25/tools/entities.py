"""Entity table of heldout25: one line per entity, `id | Type | names; ... [| opt]`.
A nation's names are its standard forms and demonyms; every other entity's
names occur in an article (build.py drops and reports any that do not)."""

TABLE = """
# ---- nations (standard names and demonyms)
st_kitts | Nation | St Kitts and Nevis; Saint Kitts and Nevis; St. Kitts and Nevis; Kittitian; Federation of Saint Kitts and Nevis
antigua | Nation | Antigua and Barbuda; Antiguan
grenada | Nation | Grenada; Grenadian
dominica | Nation | Dominica; Commonwealth of Dominica; Dominican
barbados | Nation | Barbados; Barbadian; Bajan
trinidad | Nation | Trinidad and Tobago; Trinidadian
canada | Nation | Canada; Canadian
united_states | Nation | United States; U.S.; US; USA; United States of America; American
kiribati | Nation | Kiribati; I-Kiribati; Republic of Kiribati
tuvalu | Nation | Tuvalu; Tuvaluan
nauru | Nation | Nauru; Nauruan
marshall_islands | Nation | Marshall Islands; Marshallese; Republic of the Marshall Islands
australia | Nation | Australia; Australian
new_zealand | Nation | New Zealand
tonga | Nation | Tonga; Tongan; Kingdom of Tonga
eswatini | Nation | Eswatini; Swaziland; Swazi; Kingdom of Eswatini
botswana | Nation | Botswana; Motswana
namibia | Nation | Namibia; Namibian
mozambique | Nation | Mozambique; Mozambican
south_africa | Nation | South Africa; South African
car | Nation | Central African Republic; CAR; Centrafrique
chad | Nation | Chad; Chadian
cameroon | Nation | Cameroon; Cameroonian
congo | Nation | Republic of the Congo; Congo-Brazzaville; Congo
rwanda | Nation | Rwanda; Rwandan
gabon | Nation | Gabon; Gabonese
timor | Nation | Timor-Leste; East Timor; Timorese; Democratic Republic of Timor-Leste
portugal | Nation | Portugal; Portuguese
indonesia | Nation | Indonesia; Indonesian
comoros | Nation | Comoros; Union of the Comoros; Union des Comores; Comorian
mauritius | Nation | Mauritius; Mauritian
madagascar | Nation | Madagascar; Malagasy
seychelles | Nation | Seychelles; Seychellois
morocco | Nation | Morocco; Moroccan
turkmenistan | Nation | Turkmenistan; Turkmen
azerbaijan | Nation | Azerbaijan; Azerbaijani
kazakhstan | Nation | Kazakhstan; Kazakh
uzbekistan | Nation | Uzbekistan; Uzbek
guyana | Nation | Guyana; Guyanese
brazil | Nation | Brazil; Brazilian
suriname | Nation | Suriname; Surinamese
venezuela | Nation | Venezuela; Venezuelan
burundi | Nation | Burundi; Burundian
tanzania | Nation | Tanzania; Tanzanian; United Republic of Tanzania
drc | Nation | Democratic Republic of the Congo; DRC; DR Congo
kenya | Nation | Kenya; Kenyan
uganda | Nation | Uganda; Ugandan
san_marino | Nation | San Marino; Sammarinese; Republic of San Marino
italy | Nation | Italy; Italian
malta | Nation | Malta; Maltese
iceland | Nation | Iceland; Icelandic
montenegro | Nation | Montenegro; Montenegrin
liechtenstein | Nation | Liechtenstein
guinea_bissau | Nation | Guinea-Bissau; Bissau-Guinean
cabo_verde | Nation | Cabo Verde; Cape Verde; Cape Verdean
senegal | Nation | Senegal; Senegalese
gambia | Nation | The Gambia; Gambia; Gambian
nigeria | Nation | Nigeria; Nigerian

# ---- organisations recurring across the set
caricom | Organisation | Caribbean Community; CARICOM
caricom_impacs | Organisation | CARICOM IMPACS
southcom | Organisation | U.S. Southern Command
barbados_df | Organisation | Barbados Defence Force
un | Organisation | United Nations; UN
commonwealth | Organisation | Commonwealth
eu | Organisation | European Union; EU
portuguese_navy | Organisation | Portuguese Navy
cncs | Organisation | National Cybersecurity Centre; CNCS
eccas | Organisation | Economic Community of Central African States; ECCAS

# ---- 01 Basseterre
radio_liamuiga | Organisation | Radio Liamuiga 104.5 FM; Radio Liamuiga; Radio Liamuiga Ltd | opt
wilkin_manners | Person | Kesha Wilkin-Manners | opt
basseterre | Place | Basseterre
camp_springfield | Place | Camp Springfield
brimstone_vervet | Exercise | Brimstone Vervet 2026; Brimstone Vervet
skndf | Organisation | St Kitts-Nevis Defence Force; SKNDF
port_of_spain | Place | Port of Spain
abdf | Organisation | Antigua and Barbuda Defence Force
rgpf | Organisation | Royal Grenada Police Force
dominica_police | Organisation | Commonwealth of Dominica Police Force
rss | Organisation | Regional Security System; RSS
rss_clo | Organisation | Central Liaison Office
network_defence_section | Organisation | Network Defence Section
dieppe_bay | Organisation | Dieppe Bay Systems
mardenborough | Person | Everton Mardenborough
sandy_point | Agreement | Sandy Point Memorandum on Cyber Incident Coordination; Sandy Point Memorandum
govt_hq | Place | Government Headquarters | opt
mns_skn | Organisation | Ministry of National Security
pemberton | Person | Garfield Pemberton-Wilkes
gomes_peters | Person | Dorian Gomes-Peters
charles_faustin | Person | Lorna Charles-Faustin
roseau | Place | Roseau | opt
hanley_brookes | Person | Tricia Hanley-Brookes
stapleton | Person | Alvin Stapleton
canadian_af | Organisation | Canadian Armed Forces
nevis | Place | Nevis
oecs | Organisation | Organisation of Eastern Caribbean States; OECS
tyrell | Person | Vance Tyrell
eastern_caribbean | Place | Eastern Caribbean | opt

# ---- 02 Tarawa
nareau_weekly | Organisation | The Nareau Weekly; Nareau Weekly | opt
kautu | Person | Tiaon Kautu | opt
bairiki | Place | Bairiki
south_tarawa | Place | South Tarawa | opt
tarawa | Place | Tarawa | opt
betio | Place | Betio
abaiang | Exercise | Abaiang Frigatebird 2026; Abaiang Frigatebird
kps | Organisation | Kiribati Police Service
mict | Organisation | Ministry of Information, Communications and Transport; MICT
afp | Organisation | Australian Federal Police; AFP
tpf | Organisation | Tuvalu Police Force
npf | Organisation | Nauru Police Force
mipd | Organisation | Marshall Islands Police Department
kit | Organisation | Kiribati Institute of Technology
kiricert | Organisation | Kiribati Computer Emergency Response Team; KiriCERT
nz_police | Organisation | New Zealand Police
bwebwe | Person | Rutiana Bwebwe
tcu | Organisation | Transnational Crime Unit
kiritimati | Place | Kiritimati
betio_protocol | Agreement | Betio Protocol on Outer Islands Satellite Safety; Betio Protocol
majuro | Place | Majuro | opt
tiroa | Person | Teuea Tiroa
laupepa | Person | Falani Laupepa
detenamo | Person | Jaron Detenamo
oakhurst | Person | Bronwyn Oakhurst
tetabea | Person | Batiri Tetabea
cck | Organisation | Communications Commission of Kiribati
cert_tonga | Organisation | CERT Tonga
pacson | Organisation | Pacific Cyber Security Operational Network; PaCSON
ppi | Agreement | Pacific Policing Initiative | opt
pif | Organisation | Pacific Islands Forum

# ---- 03 Mbabane
lusekwane_daily | Organisation | The Lusekwane Daily; Lusekwane Daily | opt
shongwe | Person | Nokuthula Shongwe-Mavimbela | opt
zwane | Person | Musa Zwane | opt
matsapha | Place | Matsapha
uedf | Organisation | Umbutfo Eswatini Defence Force; UEDF
esccom | Organisation | Eswatini Communications Commission; ESCCOM
mlilwane | Exercise | Mlilwane Nyala 2026; Mlilwane Nyala
police_college | Organisation | Eswatini Police College
bdf_bw | Organisation | Botswana Defence Force
ndf_na | Organisation | Namibian Defence Force
intic | Organisation | National Institute of Information and Communication Technologies; INTIC
reps | Organisation | Royal Eswatini Police Service
uniswa | Organisation | University of Eswatini
kwaluseni | Place | Kwaluseni
sadc_secretariat | Organisation | SADC Secretariat
gaborone | Place | Gaborone
lubombo_infotek | Organisation | Lubombo Infotek
manzini | Place | Manzini
magagula | Person | Sipho Magagula
signals_regiment | Organisation | UEDF Signals and Cyber Regiment; Signals and Cyber Regiment
lobamba_mou | Agreement | Lobamba Memorandum on Military Cyber Schooling; Lobamba Memorandum
lobamba | Place | Lobamba
nxumalo | Person | Sabelo Nxumalo-Vilane
ramotlhwa | Person | Onkemetse Ramotlhwa
mahumane | Person | Felizarda Cossa Mahumane
mbabane | Place | Mbabane
maputo | Place | Maputo | opt
bdcsc | Organisation | Botswana Defence Command and Staff College
tsabedze | Person | Bongani Tsabedze
gamedze | Person | Lindiwe Gamedze-Hlophe
eswcirt | Organisation | Eswatini Computer Incident Response Team; EswCIRT
icasa | Organisation | Independent Communications Authority; ICASA
sadcc | Organisation | Southern African Development Coordination Conference; SADCC
sadc | Organisation | SADC; Southern African Development Community
sacu | Organisation | Southern African Customs Union; SACU
dube_simelane | Person | Mandla Dube-Simelane
hhohho | Place | Hhohho | opt

# ---- 04 Bangui
kodro_info | Organisation | Kodro Info | opt
ndoumbe | Person | Prisca Ndoumbé-Zoé | opt
bangui | Place | Bangui
boali_conf | Event | Boali Conference on Information Security; Boali Conference
bicc | Place | Bangui International Conference Centre
mpt_car | Organisation | Ministry of Posts and Telecommunications
libreville | Place | Libreville
minusca | Organisation | MINUSCA
boali_decl | Agreement | Boali Declaration on Digital Stability in Central Africa; Boali Declaration
gbazoumon | Person | Aristide Gbazoumon
mahamat | Person | Haoua Abakar Mahamat
ndjamena | Place | N'Djamena | opt
ibara | Person | Faustin Ibara-Moukoko
dzanga | Exercise | Dzanga Bongo 2026; Dzanga Bongo
faca | Organisation | Central African Armed Forces; FACA
camp_kassai | Place | Camp Kassaï; Camp Kassai
rdf | Organisation | Rwanda Defence Force
ansice | Organisation | National Agency for Information Security and Electronic Certification; ANSICE
antic | Organisation | National Agency for Information and Communication Technologies; ANTIC
transmissions_bn | Organisation | Transmissions Battalion
sangha | Organisation | Sangha Logiciels
force_signals | Organisation | Force Signals Unit
acassi | Organisation | Central African Agency for Information Systems Security; ACASSI
nambona | Person | Rodrigue Nambona-Kéréwa
orange_cf | Organisation | Orange Centrafrique
cemac | Organisation | Central African Economic and Monetary Community; CEMAC

# ---- 05 Dili
matebian | Organisation | Matebian Semanáriu; Matebian | opt
ximenes | Person | Zélia Soares Ximenes | opt
pereira | Person | Jacinto Pereira | opt
dili | Place | Dili
caicoli | Place | Caicoli | opt
baucau_mou | Agreement | Baucau Memorandum on Cyber Defence Apprenticeship; Baucau Memorandum
f_fdtl | Organisation | Falintil-Forças de Defesa de Timor-Leste; F-FDTL
tic_timor | Organisation | TIC Timor
jakarta | Place | Jakarta
amaral | Person | Júlio Tilman Amaral
hartigan | Person | Fiona Hartigan
taveira | Person | Rui Taveira Pinto
atauro | Exercise | Atauro Dugong 2026; Atauro Dugong
hera | Place | Hera
adf | Organisation | Australian Defence Force; ADF
bssn | Organisation | National Cyber and Crypto Agency; BSSN
pntl | Organisation | Polícia Nacional de Timor-Leste; PNTL
cyber_squad | Organisation | Cyber Squad
tasitolu | Organisation | Tasitolu Digital
dit | Organisation | Dili Institute of Technology
asean_secretariat | Organisation | ASEAN Secretariat
asean | Organisation | Association of Southeast Asian Nations; ASEAN
maukoli | Person | Domingos Maukoli
naval_component | Organisation | Naval Component
canberra | Place | Canberra
sarmento | Person | Mariano Sarmento Lay
coimbra | Place | Coimbra | opt
boavida | Person | Aurélia Fátima Boavida
pm_office_tl | Organisation | Prime Minister's office
acsc | Organisation | Australian Cyber Security Centre; ACSC
cplp | Organisation | Community of Portuguese Language Countries; CPLP
g7plus | Organisation | g7+
baucau | Place | Baucau

# ---- 06 Moroni
mwezi | Organisation | Mwezi Online | opt
msaidie | Person | Nourdine Msaidié-Abdou | opt
bacar | Person | Fahardine Bacar | opt
moroni | Place | Moroni
karthala | Exercise | Karthala Coelacanth 2026; Karthala Coelacanth
kandani | Place | Kandani military camp; Kandani camp
and_army | Organisation | Comoros Army; AND
ioc | Organisation | Indian Ocean Commission; IOC
ebene | Place | Ebène; Ebene
randriamanana | Person | Hery Randriamanana
cert_mu | Organisation | CERT-MU
artec | Organisation | Communication Technologies Regulatory Authority; ARTEC
gendarmerie_km | Organisation | Comorian Gendarmerie
ylang | Organisation | Ylang Data
mutsamudu | Place | Mutsamudu
anjouan | Place | Anjouan
mutsamudu_protocol | Agreement | Mutsamudu Protocol on Inter-Island Cyber Notification; Mutsamudu Protocol
mofa_km | Organisation | Ministry of Foreign Affairs
mbechezi | Person | Houmadi Ali Mbechezi
ramdharry | Person | Vikash Ramdharry
rakotomalala | Person | Hanitra Rakotomalala-Vola
port_louis | Place | Port Louis
dncs | Organisation | National Cyber Security Directorate; DNCS
mde_km | Organisation | Ministry of the Digital Economy
djoumoi | Person | Zalhata Hamadi Djoumoi
anrtic | Organisation | National Authority for the Regulation of ICT; ANRTIC
grande_comore | Place | Grande Comore
royal_gendarmerie | Organisation | Royal Gendarmerie
arab_league | Organisation | Arab League
mdahoma | Person | Abdallah Soilihi Mdahoma
moheli | Place | Mohéli; Moheli
fomboni | Place | Fomboni | opt

# ---- 07 Ashgabat
kopetdag_habarlary | Organisation | Köpetdag Habarlary | opt
caryyewa | Person | Aýna Çaryýewa | opt
ashgabat | Place | Ashgabat
avaza_statement | Agreement | Avaza Joint Statement on Gas Sector Cyber Security; Avaza Joint Statement
kopetdag | Exercise | Kopetdag Jeyran 2026; Kopetdag Jeyran
avaza | Place | Avaza national tourist zone; Avaza
avaza_cc | Place | Avaza congress centre
turkmenbashi | Place | Türkmenbaşy; Turkmenbashi
mod_tm | Organisation | Ministry of Defence of Turkmenistan; Ministry of Defence
osce_centre | Organisation | OSCE Centre in Ashgabat; OSCE Centre
osce | Organisation | Organization for Security and Co-operation in Europe; OSCE
uz_csc | Organisation | Cybersecurity Center
kz_cert | Organisation | KZ-CERT
scisss | Organisation | Special Communication and Information Security State Service; SCISSS
sbs_tm | Organisation | State Border Service of Turkmenistan; State Border Service
turkmenaragatnasyk | Organisation | Türkmenaragatnaşyk; Turkmenaragatnasyk
merw_kiber | Organisation | Merw Kiber
saparow | Person | Begmyrat Saparow
mammadli | Person | Tural Mammadli
abdykalykov | Person | Nurlan Abdykalykov
tashkent | Place | Tashkent | opt
scs_tm | Organisation | State Centre for Cyber Security
cabinet_tm | Organisation | Cabinet of Ministers
hojamyradow | Person | Döwletgeldi Hojamyradow
orazowa | Person | Maýsa Orazowa
un_ga | Organisation | UN General Assembly
cis | Organisation | Commonwealth of Independent States; CIS
ots | Organisation | Organization of Turkic States
aktau | Place | Aktau
caspian | Place | Caspian | opt

# ---- 08 Georgetown
berbice_almanac | Organisation | The Berbice Almanac; Berbice Almanac | opt
persaud_bollers | Person | Shivanie Persaud-Bollers | opt
georgetown | Place | Georgetown
gdf | Organisation | Guyana Defence Force; GDF
ndma | Organisation | National Data Management Authority; NDMA
rupununi | Exercise | Rupununi Harpy 2026; Rupununi Harpy
ayanganna | Place | Base Camp Ayanganna
gpf | Organisation | Guyana Police Force
suriname_army | Organisation | Suriname National Army
comdciber | Organisation | Cyber Defence Command
ttdf | Organisation | Trinidad and Tobago Defence Force
mahaica | Organisation | Mahaica Netwatch
khan_ogle | Person | Nadira Khan-Ogle
iac | Organisation | Information Assurance Corps
lethem_mou | Agreement | Lethem Memorandum on Cybercrime Intelligence Sharing; Lethem Memorandum
lethem | Place | Lethem
takuba_lodge | Place | Takuba Lodge | opt
fraser_dindyal | Person | Rupert Fraser-Dindyal
bastos_leite | Person | Otávio Bastos Leite
kanhai | Person | Rishi Kanhai-Tjon
brasilia | Place | Brasília | opt
paramaribo | Place | Paramaribo | opt
brickdam | Place | Brickdam | opt
bollers | Person | Terrence Bollers
chung_lall | Person | Devon Chung-Lall
cirt_gy | Organisation | CIRT.GY
oas | Organisation | Organization of American States
brazilian_army | Organisation | Brazilian Army
tradewinds | Exercise | Tradewinds
bascom_ross | Person | Andrea Bascom-Ross

# ---- 09 Bujumbura
inkingi | Organisation | Inkingi Weekly | opt
niyonzima | Person | Aline Niyonzima-Bukuru | opt
gitega | Place | Gitega
bujumbura | Place | Bujumbura
ngozi | Place | Ngozi | opt
gitega_roadmap | Agreement | Gitega Roadmap on Cyber Defence Cooperation; Gitega Roadmap
kibira | Exercise | Kibira Colobus 2026; Kibira Colobus
iscam | Organisation | Higher Institute of Military Cadres; ISCAM
fdnb | Organisation | Burundi National Defence Force; FDNB
arct | Organisation | Telecommunications Regulation and Control Agency; ARCT
eac | Organisation | East African Community; EAC
arusha | Place | Arusha
tpdf | Organisation | Tanzania People's Defence Force
fardc | Organisation | Armed Forces of the Democratic Republic of the Congo; FARDC
ke_cirt | Organisation | National Kenya Computer Incident Response Team Coordination Centre; National KE-CIRT/CC
cssi | Organisation | Information Systems Security Centre; CSSI
ub | Organisation | University of Burundi
au | Organisation | African Union
au_psd | Organisation | Peace and Security Department
modfc | Organisation | Ministry of National Defence and Former Combatants
ndayikeza | Person | Gaspard Ndayikeza-Mugisha
khatibu | Person | Zuhura Mussa Khatibu
mbuyi | Person | Héritier Mbuyi-Kasongo
nairobi | Place | Nairobi | opt
lake_tanganyika | Place | Lake Tanganyika | opt
nduwimana | Person | Pacifique Nduwimana-Kaze
irakoze | Person | Jean-Bosco Irakoze
dar_es_salaam | Place | Dar es Salaam
ndikumana | Person | Béatrice Ndikumana-Sindayigaya
tcra | Organisation | Communications Regulatory Authority; TCRA

# ---- 10 San Marino
tre_torri | Organisation | Il Tre Torri | opt
casali | Person | Giulia Casali Righi | opt
city_sm | Place | City of San Marino
titano_conv | Event | Titano Conversations on Cyber Diplomacy; Titano Conversations
kursaal | Place | Kursaal congress centre; Kursaal
sosfa | Organisation | Secretariat of State for Foreign Affairs
coe | Organisation | Council of Europe
borgo_charter | Agreement | Borgo Maggiore Charter on Cyber Resilience; Borgo Maggiore Charter
bronzetti | Person | Lorenzo Bronzetti Valli
farrugia | Person | Clayton Farrugia-Borg
hallgrimsdottir | Person | Sigrún Hallgrímsdóttir
valletta | Place | Valletta | opt
reykjavik | Place | Reykjavík; Reykjavik | opt
halvorsen | Person | Ingrid Halvorsen-Lund
titano_poiana | Exercise | Titano Poiana 2026; Titano Poiana
gendarmerie_sm | Organisation | Gendarmerie Corps
acn | Organisation | National Cybersecurity Agency; ACN
civil_police | Organisation | Civil Police
fortress_guard | Organisation | Fortress Guard
aass | Organisation | AASS
montale | Organisation | Montale Sicurezza
serravalle | Place | Serravalle
csirt_malta | Organisation | CSIRTMalta
guidi | Person | Marco Guidi Rossini
carabinieri | Organisation | Carabinieri
uncs | Organisation | National Cyber Security Office; UNCS
sosia | Organisation | Secretariat of State for Internal Affairs
zafferani | Person | Matteo Zafferani Bollini
iss_sm | Organisation | Social Security Institute; ISS
nato | Organisation | NATO
europe | Place | Europe | opt
press_office_sm | Organisation | Ufficio Stampa Segreteria Esteri | opt

# ---- 11 Bissau
kasumai | Organisation | Kasumai Notícias | opt
sambu_f | Person | Fatumata Baldé Sambú | opt
sadjo_djalo | Person | Sadjo Djaló | opt
bissau | Place | Bissau
cacheu_protocol | Agreement | Cacheu Protocol on Fisheries Cyber Security; Cacheu Protocol
orango | Exercise | Orango Hippo 2026; Orango Hippo
amura | Place | Amura fortress
farp | Organisation | Armed Forces of Guinea-Bissau; FARP
ecowas_commission | Organisation | ECOWAS Commission
abuja | Place | Abuja
cv_national_guard | Organisation | National Guard
gb_national_guard | Organisation | National Guard of Guinea-Bissau
senegalese_navy | Organisation | Senegalese Navy
gambian_navy | Organisation | Gambian Navy
ddg | Organisation | Digital Defence Group
bijagos_tech | Organisation | Bijagós Tech; Bijagos Tech
uac | Organisation | Amílcar Cabral University; Amilcar Cabral University
ssmgb | Organisation | ECOWAS Stabilisation Support Mission in Guinea-Bissau; SSMGB
mond_gb | Organisation | Ministry of National Defence
nhaga | Person | Domingos Sanca Nhaga
tavares | Person | Filomena Tavares Lopes
sarr | Person | Ousmane Thiaw Sarr
quintela | Person | António Leal Quintela
banjul | Place | Banjul | opt
na_tcham | Person | Armando Na Tcham
lisbon | Place | Lisbon | opt
cassama | Person | Iaia Cassamá; Iaia Cassama
arn | Organisation | National Regulatory Authority for ICT; ARN
nhima_mane | Person | Nhima Turé Mané; Nhima Ture Mane
arme | Organisation | ARME
ecowas | Organisation | Economic Community of West African States; ECOWAS; CEDEAO
uemoa | Organisation | West African Economic and Monetary Union; UEMOA
praia | Place | Praia
cacheu | Place | Cacheu | opt
"""


def load():
    ents = []
    for line in TABLE.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        e = {"id": parts[0], "type": parts[1], "names": [n.strip() for n in parts[2].split(";") if n.strip()]}
        if len(parts) > 3 and parts[3] == "opt":
            e["optional"] = True
        ents.append(e)
    return ents
