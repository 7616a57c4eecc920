"""Relations of heldout22 with their evidence passages (ev, checked verbatim; not written to gold.json)."""
from common import R, doc
import entities  # noqa: F401  (registers the entities first)

# =============================================================================
doc("01_ulaanbaatar_english_weekly.txt")   # Thursday 2026-11-26
D = "2026-11-16"   # "From Monday to Friday" last week: 16-20 November
R("khongor_saker", "located_in", ["tavan_tolgoi", "ulaanbaatar", "mongolia"], [D],
  "From Monday to Friday, some 140 specialists from five countries sat behind screens in heated tents for Khongor Saker 2026, the largest cyber-defence exercise Mongolia has ever staged.")
R("tavan_tolgoi", "located_in", ["ulaanbaatar", "mongolia"], [],
  "Temperatures at the Tavan Tolgoi training area outside Ulaanbaatar fell to minus 24 degrees last week", opt=True)
R("ulaanbaatar", "located_in", "mongolia", [], "Mongolia's English-language weekly since 2008", opt=True)
R("mod_mongolia", "organises", "khongor_saker", [D],
  "The exercise was organised by the Ministry of Defence of Mongolia together with the General Staff of the Mongolian Armed Forces.")
R("general_staff_mongolia", "organises", "khongor_saker", [D],
  "The exercise was organised by the Ministry of Defence of Mongolia together with the General Staff of the Mongolian Armed Forces.")
R("mongolia", "organises", "khongor_saker", [], "the largest cyber-defence exercise Mongolia has ever staged", opt=True)
R("cdc_mongolia", ["organises", "participates_in"], "khongor_saker", [D],
  "Its control room was run by the armed forces' new Cyber Defence Centre, a unit set up in 2024 that answers to the General Staff.")
R("cdc_mongolia", "part_of", ["mongolian_armed_forces", "general_staff_mongolia"], ["2024"],
  "Its control room was run by the armed forces' new Cyber Defence Centre, a unit set up in 2024 that answers to the General Staff.")
R("cdc_mongolia", "part_of", "mongolia", [], "Mongolia's cyber defenders", opt=True)
R("general_staff_mongolia", "part_of", ["mongolian_armed_forces", "mongolia"], [],
  "the General Staff of the Mongolian Armed Forces", opt=True)
R("mongolian_armed_forces", "part_of", "mongolia", [], "the Mongolian Armed Forces", opt=True)
R("mod_mongolia", "part_of", "mongolia", [], "the Ministry of Defence of Mongolia", opt=True)
EV = "Defending teams came from Japan's Cyber Defense Command, South Korea's Cyber Operations Command and the Indian Defence Cyber Agency."
R("jsdf_cyber_defense_command", "participates_in", "khongor_saker", [D], EV)
R("cyber_operations_command", "participates_in", "khongor_saker", [D], EV)
R("defence_cyber_agency", "participates_in", "khongor_saker", [D], EV)
R("japan", "participates_in", "khongor_saker", [], EV, opt=True)
R("south_korea", "participates_in", "khongor_saker", [], EV, opt=True)
R("india", "participates_in", "khongor_saker", [], EV, opt=True)
R("jsdf_cyber_defense_command", "part_of", "japan", [], EV)
R("cyber_operations_command", "part_of", "south_korea", [], EV)
R("defence_cyber_agency", "part_of", "india", [], EV)
EV = "The Alaska National Guard sent a team of nine, a reminder that the state's soldiers have trained with Mongolian forces since 2003."
R("alaska_national_guard", "participates_in", "khongor_saker", [D], EV)
R("alaska_national_guard", "cooperates_with", ["mongolia", "mongolian_armed_forces"], ["2003"], EV)
R("mongolia", "participates_in", "khongor_saker", [], "The Mongolian side fielded two teams of its own.", opt=True)
EV = "Observers from Australia and from the Organization for Security and Co-operation in Europe followed the week from a separate tent."
R("australia", "participates_in", "khongor_saker", [], EV, opt=True)
R("osce", "participates_in", "khongor_saker", [], EV, opt=True)
R("ndu_mongolia", "participates_in", "khongor_saker", [D],
  "The \"attackers\" were instructors and cadets of the National Defence University, who spent a month preparing the scenario")
R("ndu_mongolia", "part_of", ["mongolia", "mongolian_armed_forces"], [], "instructors and cadets of the National Defence University", opt=True)
EV = "The range itself was supplied by Tuul Cyberworks, an Ulaanbaatar company that built it under a contract signed in July."
R("tuul_cyberworks", "participates_in", "khongor_saker", [], EV, opt=True)
R("tuul_cyberworks", "located_in", ["ulaanbaatar", "mongolia"], [], EV)
R("luvsandorjiin_ganzorig", "leads", "ndu_mongolia", [],
  "said Brigadier General Luvsandorjiin Ganzorig, the university's rector.")
EV = "Colonel Gansükhiin Delgermaa, who previously headed the communications department of the General Staff, replaced Colonel Erdeniin Bat-Ochir, who has moved to the ministry's policy department."
R("gansukhiin_delgermaa", "leads", "cdc_mongolia", ["2026-11-02"],
  "The centre has had a new commander since November 2. " + EV)
R("gansukhiin_delgermaa", "affiliated_with", "general_staff_mongolia", [], EV, opt=True)
R("erdeniin_bat_ochir", "leads", "cdc_mongolia", [], EV, opt=True)
R("erdeniin_bat_ochir", "affiliated_with", "mod_mongolia", [], EV)
R("gansukhiin_delgermaa", "affiliated_with", "mongolian_armed_forces", [],
  "Delgermaa, 46, is the first woman to lead a combat support unit in the Mongolian Armed Forces.", opt=True)
EV = "On Tuesday the Minister of Defence, Dashdorjiin Temuulen, received Japan's State Minister of Defence, Kiyohara Masato, at the ministry."
R("dashdorjiin_temuulen", "leads", ["mod_mongolia", "mongolia"], [], EV)
R("kiyohara_masato", "affiliated_with", "japan", [], EV)
R("dashdorjiin_temuulen", "met_with", "kiyohara_masato", ["2026-11-24"], EV)
R("mongolia", "met_with", "japan", [], EV, opt=True)
EV = "The two held talks for an hour and then signed the Terelj Memorandum on Defence Cyber Training, under which Japanese instructors will teach at the National Defence University from next spring."
R("mongolia", "party_to", "terelj_memorandum", ["2026-11-24"], EV)
R("japan", "party_to", "terelj_memorandum", ["2026-11-24"], EV)
R("mod_mongolia", "party_to", "terelj_memorandum", [], EV, opt=True)
R("mongolia", "cooperates_with", "japan", [], EV, opt=True)
R("kiyohara_masato", "met_with", "cdc_mongolia", [],
  "Kiyohara also visited the Cyber Defence Centre before flying back to Tokyo on Wednesday.", opt=True)
R("tokyo", "located_in", "japan", [], "flying back to Tokyo on Wednesday", opt=True)
R("naranbaataryn_tuvshin", "affiliated_with", ["mod_mongolia", "mongolia"], [],
  "a ministry spokesman, Major Naranbaataryn Tuvshin, said.")
EV = "Mongolia became a participating State of the OSCE in 2012, and the same year it agreed an individual partnership programme with NATO."
R("mongolia", "member_of", "osce", ["2012"], EV)
R("mongolia", ["cooperates_with", "member_of"], "nato", ["2012"], EV, opt=True)
R("mongolia", "party_to", "mongolia_nato_partnership", ["2012"], EV, opt=True)
R("nato", "party_to", "mongolia_nato_partnership", ["2012"], EV, opt=True)
EV = "It has worked with the alliance on cyber defence since 2019, sending officers to courses at the NATO school in Oberammergau."
R("mongolia", "cooperates_with", "nato", ["2019"], EV)
R("nato_school", "located_in", "oberammergau", [], EV)
R("nato_school", "part_of", "nato", [], EV, opt=True)
EV = "That law created the National Cyber Security Council, chaired by the Prime Minister, which approved the funding for Khongor Saker in September."
R("ncsc_mongolia", "part_of", "mongolia", ["2021"], EV, opt=True)
R("ncsc_mongolia", "organises", "khongor_saker", [], EV, opt=True)
R("state_great_khural", "part_of", "mongolia", [], "if the budget approved by the State Great Khural allows it", opt=True)
R("tserendorjiin_solongo", "affiliated_with", "kherlen_courant", [], "By Tserendorjiin Solongo", opt=True)
R("altangerel_b", "affiliated_with", "kherlen_courant", [], "(Kherlen Courant/Altangerel B.)", opt=True)

# =============================================================================
doc("02_djibouti_shipping_trade_paper.txt")   # Monday 2026-11-30
D = "2026-11-17"   # "between 17 and 19 November"
R("ghoubbet_tern", "located_in", ["doraleh_port", "djibouti_city", "djibouti"], [D],
  "Djibouti's port authority and IGAD ran a three-day drill at Doraleh; a reporting protocol followed")
R("doraleh_port", "located_in", ["djibouti", "djibouti_city"], [],
  "Container cranes at Doraleh Multipurpose Port kept working between 17 and 19 November", opt=True)
EV = "Ghoubbet Tern 2026, the region's first cyber exercise built around a port, was hosted by the Djibouti Ports and Free Zones Authority (DPFZA) and organised jointly with the Intergovernmental Authority on Development."
R("dpfza", "organises", "ghoubbet_tern", [D], EV)
R("igad", "organises", "ghoubbet_tern", [D], EV)
R("djibouti", "organises", "ghoubbet_tern", [], EV, opt=True)
R("european_union", "organises", "ghoubbet_tern", [], "The European Union paid for the scenario and the trainers.", opt=True)
R("dpfza", "part_of", "djibouti", [], "Djibouti's port authority and IGAD ran a three-day drill at Doraleh")
EV = "Teams from the Kenya Ports Authority, the Ethiopian Shipping and Logistics Services Enterprise and the Somali Ports Authority took part alongside two DPFZA teams."
R("kenya_ports_authority", "participates_in", "ghoubbet_tern", [D], EV)
R("eslse", "participates_in", "ghoubbet_tern", [D], EV)
R("somali_ports_authority", "participates_in", "ghoubbet_tern", [D], EV)
R("dpfza", "participates_in", "ghoubbet_tern", [], EV, opt=True)
R("djibouti", "participates_in", "ghoubbet_tern", [], EV, opt=True)
R("kenya", "participates_in", "ghoubbet_tern", [], EV, opt=True)
R("ethiopia", "participates_in", "ghoubbet_tern", [], EV, opt=True)
R("somalia", "participates_in", "ghoubbet_tern", [], EV, opt=True)
R("kenya_ports_authority", "part_of", "kenya", [], EV, opt=True)
R("eslse", "part_of", "ethiopia", [], EV, opt=True)
R("somali_ports_authority", "part_of", "somalia", [], EV, opt=True)
EV = "Ethiopia's Information Network Security Administration (INSA) also fielded a team, its first at a maritime event."
R("insa", "participates_in", "ghoubbet_tern", [D], EV)
R("insa", "part_of", "ethiopia", [], EV)
EV = "Officers of the EU naval force Operation Atalanta and of the Japan Coast Guard attended as observers."
R("operation_atalanta", "participates_in", "ghoubbet_tern", [], EV, opt=True)
R("japan_coast_guard", "participates_in", "ghoubbet_tern", [], EV, opt=True)
R("operation_atalanta", "part_of", "european_union", [], EV)
R("japan_coast_guard", "part_of", "japan", [], EV, opt=True)
EV = "The attacks were played by Tadjourah Netsec, a small Djibouti City firm whose 14 staff spent the three days encrypting a simulated terminal operating system and spoofing vessel position data."
R("tadjourah_netsec", "participates_in", "ghoubbet_tern", [D], EV)
R("tadjourah_netsec", "located_in", ["djibouti_city", "djibouti"], [], EV)
R("idriss_houmed_gadito", ["affiliated_with", "leads"], "tadjourah_netsec", [],
  "said the firm's founder, Idriss Houmed Gadito.")
EV = "On the final day, the four governments signed the Obock Protocol on Port Cyber Incident Reporting. It commits Djibouti, Ethiopia, Kenya and Somalia to notify each other within 24 hours of any incident that affects a port, a pipeline terminal or a rail link to the sea."
for n in ("djibouti", "ethiopia", "kenya", "somalia"):
    R(n, "party_to", "obock_protocol", ["2026-11-19"], EV)
R("igad", "party_to", "obock_protocol", [], "IGAD's secretariat will keep the contact list.", opt=True)
R("assab", "located_in", "eritrea", [],
  "Eritrea, whose Assab port faces Djibouti across the border, was invited but did not reply.")
R("sudan", "member_of", "igad", [], "Sudan, which is also a member of IGAD, was not represented.")
R("addis_ababa", "located_in", "ethiopia", [],
  "For Addis Ababa, the stakes are plain: landlocked Ethiopia moves most of its foreign trade through Djibouti", opt=True)
EV = "The exercise was the first big test for the authority's Port Cyber Security Unit, which was set up in October under DPFZA's directorate of operations."
R("port_cyber_security_unit", "part_of", "dpfza", ["2026-10"], EV)
R("port_cyber_security_unit", "participates_in", "ghoubbet_tern", [], EV, opt=True)
EV = "Its head, Fatouma Daher Robleh, previously ran IT security at Djibouti Telecom and took up the post on October 12."
R("fatouma_daher_robleh", "leads", "port_cyber_security_unit", ["2026-10-12"], EV)
R("fatouma_daher_robleh", "affiliated_with", "djibouti_telecom", [], EV, opt=True)
R("djibouti_telecom", "part_of", "djibouti", [], EV, opt=True)
R("djibouti_telecom", "located_in", "djibouti", [], EV, opt=True)
EV = "She met INSA's deputy director general, Tesfaye Mulugeta Alemu, on the sidelines of the drill."
R("fatouma_daher_robleh", "met_with", "tesfaye_mulugeta_alemu", ["2026-11"], EV)
R("djibouti", "met_with", "ethiopia", [], EV, opt=True)
R("tesfaye_mulugeta_alemu", "affiliated_with", "insa", [], EV)
R("tesfaye_mulugeta_alemu", "participates_in", "ghoubbet_tern", [], EV, opt=True)
R("fatouma_daher_robleh", "participates_in", "ghoubbet_tern", [], EV, opt=True)
R("insa", "cooperates_with", ["port_cyber_security_unit", "dpfza"], [],
  "The two agreed that INSA analysts would spend two weeks at the Djibouti unit early next year", opt=True)
EV = "Robleh said the authority had \"worked closely with the Kenya Ports Authority since the spring\", exchanging alerts about phishing campaigns aimed at shipping agents in Mombasa and Djibouti."
R("dpfza", "cooperates_with", "kenya_ports_authority", ["2026"], EV)
R("port_cyber_security_unit", "cooperates_with", "kenya_ports_authority", [], EV, opt=True)
R("mombasa", "located_in", "kenya", [], EV, opt=True)
EV = "IGAD, whose headquarters are in Djibouti City, was founded in 1986 as a drought-control body and took its current name in 1996."
R("igad", "located_in", ["djibouti_city", "djibouti"], [], EV)
R("djibouti_city", "located_in", "djibouti", [], EV, opt=True)
EV = "Its members include Djibouti, Ethiopia, Kenya, Somalia, Sudan and Uganda."
for n in ("djibouti", "ethiopia", "kenya", "somalia", "uganda"):
    R(n, "member_of", "igad", [], EV)
R("south_sudan", "member_of", "igad", ["2011"], "South Sudan joined in 2011.")
EV = "Djibouti has hosted the EU's Atalanta force and a Japanese military base since 2011."
R("operation_atalanta", "located_in", "djibouti", ["2011"], EV)
R("djibouti", "cooperates_with", ["european_union", "japan"], ["2011"], EV, opt=True)
R("ayan_warsame_hirsi", "affiliated_with", "mandeb_freight_monitor", [], "Ayan Warsame Hirsi, East Africa correspondent", opt=True)

# =============================================================================
doc("03_kenema_community_radio.txt")   # Tuesday 2026-12-01
D = "2026-11-24"   # "from Tuesday to Thursday last week": 24-26 November
R("tiwai_sunbird", "located_in", ["kenema", "sierra_leone"], [D],
  "Soldiers and computer experts from three Mano River countries were in Kenema last week for a drill against online criminals.")
R("kenema", "located_in", "sierra_leone", [], "Kenema is better known for diamonds and cocoa than for computers.", opt=True)
R("eastern_polytechnic", "located_in", "kenema", [],
  "But from Tuesday to Thursday last week, the conference hall of the Eastern Polytechnic was full of laptops, cables and young soldiers in uniform.", opt=True)
R("tiwai_sunbird", "located_in", "eastern_polytechnic", [],
  "But from Tuesday to Thursday last week, the conference hall of the Eastern Polytechnic was full of laptops, cables and young soldiers in uniform.", opt=True)
EV = "It was organised by the Republic of Sierra Leone Armed Forces, known as the RSLAF, together with the National Cyber Security Coordination Centre in Freetown."
R("rslaf", "organises", "tiwai_sunbird", [D], EV)
R("nc3_sierra_leone", "organises", "tiwai_sunbird", [D], EV)
R("nc3_sierra_leone", "located_in", ["freetown", "sierra_leone"], [], EV)
R("sierra_leone", "organises", "tiwai_sunbird", [], EV, opt=True)
R("rslaf", "part_of", "sierra_leone", [], EV, opt=True)
EV = "The Mano River Union secretariat, which is also based in Freetown, helped to plan it."
R(["mru_secretariat", "mru"], ["organises", "participates_in"], "tiwai_sunbird", [D], EV)
R("mru_secretariat", "located_in", ["freetown", "sierra_leone"], [], EV)
R("mru_secretariat", "part_of", "mru", [], EV, opt=True)
EV = "Three teams from Sierra Leone, two from the Armed Forces of Liberia and one from the Guinean Armed Forces took part."
R("sierra_leone", "participates_in", "tiwai_sunbird", [], EV, opt=True)
R("afl", "participates_in", "tiwai_sunbird", [D], EV)
R("guinean_armed_forces", "participates_in", "tiwai_sunbird", [D], EV)
R("liberia", "participates_in", "tiwai_sunbird", [], EV, opt=True)
R("guinea", "participates_in", "tiwai_sunbird", [], EV, opt=True)
R("afl", "part_of", "liberia", [], EV, opt=True)
R("guinean_armed_forces", "part_of", "guinea", [], EV, opt=True)
EV = "Ghana's Cyber Security Authority sent two officers to watch."
R("csa_ghana", "participates_in", "tiwai_sunbird", [], EV, opt=True)
R("ghana", "participates_in", "tiwai_sunbird", [], EV, opt=True)
R("csa_ghana", "part_of", "ghana", [], EV)
R("fourah_bay_college", "participates_in", "tiwai_sunbird", [D],
  "The \"criminals\" were lecturers and final-year students from the computer science department of Fourah Bay College.")
EV = "On Thursday afternoon, ministers from Sierra Leone, Liberia and Guinea signed the Makeni Declaration on Cybercrime Investigations."
for n in ("sierra_leone", "liberia", "guinea"):
    R(n, "party_to", "makeni_declaration", ["2026-11-26"], EV)
R("makeni_declaration", "located_in", ["kenema", "makeni"], [], "DECLARATION IN KENEMA", opt=True)
R("makeni", "located_in", "sierra_leone", [],
  "It is named after the town where the text was agreed by officials in August.", opt=True)
R("cote_divoire", "member_of", "mru", ["2008"], "Guinea joined in 1980 and Côte d'Ivoire in 2008.")
R("abidjan", "located_in", "cote_divoire", [], "Its ambassador said Abidjan needed \"a few more weeks\".", opt=True)
EV = "Liberia's Minister of National Defense, Marvin Kollie Togba, held talks in Kenema with Sierra Leone's Deputy Minister of Defence, Fatmata Bintu Conteh, before the signing."
R("marvin_kollie_togba", ["leads", "affiliated_with"], "liberia", [], EV)
R("fatmata_bintu_conteh", "affiliated_with", "sierra_leone", [], EV)
R("marvin_kollie_togba", "met_with", "fatmata_bintu_conteh", ["2026-11"], EV)
R("liberia", "met_with", "sierra_leone", [], EV, opt=True)
R("marvin_kollie_togba", "participates_in", "tiwai_sunbird", [], EV, opt=True)
R("fatmata_bintu_conteh", "participates_in", "tiwai_sunbird", [], EV, opt=True)
R(["liberia", "afl"], "cooperates_with", ["sierra_leone", "rslaf"], ["2019"],
  "Togba told reporters that Liberian and Sierra Leonean soldiers \"have trained side by side since 2019\".")
EV = "Yesterday State House announced that the President has named Mohamed Sahr Tokeh, an engineer who led the cyber unit of the Sierra Leone Police until this year, as National Cyber Security Coordinator. He takes over the centre from today."
R("mohamed_sahr_tokeh", "leads", "nc3_sierra_leone", ["2026-12-01"], EV)
R("mohamed_sahr_tokeh", "affiliated_with", "sierra_leone_police", [], EV, opt=True)
R("sierra_leone_police", "part_of", "sierra_leone", [], EV, opt=True)
R("abu_bakarr_mansaray", "leads", "nc3_sierra_leone", [], "He replaces Abu Bakarr Mansaray, who retired in October.", opt=True)
R("nc3_sierra_leone", "part_of", "ministry_cti_sierra_leone", [],
  "The centre falls under the Ministry of Communication, Technology and Innovation.")
R("nc3_sierra_leone", "part_of", "sierra_leone", [], "the country's cyber security", opt=True)
R("ministry_cti_sierra_leone", "part_of", "sierra_leone", [],
  "The centre falls under the Ministry of Communication, Technology and Innovation.", opt=True)
EV = "The Mano River Union was founded in 1973 by Liberia and Sierra Leone."
R("liberia", "member_of", "mru", ["1973"], EV)
R("sierra_leone", "member_of", "mru", ["1973"], EV)
R("guinea", "member_of", "mru", ["1980"], "Guinea joined in 1980 and Côte d'Ivoire in 2008.")
R("mru", "located_in", ["freetown", "sierra_leone"], [], "Its headquarters are in Freetown.")
EV = "Sierra Leone and Liberia were also among the founders of the Economic Community of West African States in 1975."
R("sierra_leone", "member_of", "ecowas", ["1975"], EV)
R("liberia", "member_of", "ecowas", ["1975"], EV)
R("monrovia", "located_in", "liberia", [], "The union has planned a second Tiwai Sunbird in Monrovia in 2028, if money can be found.", opt=True)
R("alusine_moiwo_jusu", "affiliated_with", "radio_kambui", [], "Web version by Alusine Moiwo Jusu.", opt=True)
R("radio_kambui", "located_in", "kenema", [], "Radio Kambui 98.1 FM", opt=True)

# =============================================================================
doc("04_beirut_live_coverage_summary.txt")   # Wednesday 2026-12-02
D = "2026-12-01"   # the two-day conference "began yesterday"
R("byblos_conference", "located_in", ["byblos", "lebanon"], [D],
  "Thank you for following our live updates from Byblos, where the Lebanese army and the United Nations hosted neighbours for two days of talks on cyber security.")
R("byblos", "located_in", "lebanon", [], "Thank you for following our live updates from Byblos", opt=True)
EV = "The conference, which began yesterday, is organised by the Lebanese Armed Forces together with the UN Economic and Social Commission for Western Asia (ESCWA), whose headquarters are in Beirut."
R("lebanese_armed_forces", "organises", "byblos_conference", [D], EV)
R("escwa", "organises", "byblos_conference", [D], EV)
R("escwa", "located_in", ["beirut", "lebanon"], [], EV)
R("escwa", "part_of", "united_nations", [], EV, opt=True)
R("united_nations", "organises", "byblos_conference", [],
  "where the Lebanese army and the United Nations hosted neighbours for two days of talks on cyber security", opt=True)
R("lebanon", "organises", "byblos_conference", [], EV, opt=True)
R("lebanese_armed_forces", "part_of", "lebanon", [], "Lebanon's army created its cyber unit in 2020, after a wave of attacks on government websites.")   # w24: possessive ("Lebanon's army"), required
R("beirut", "located_in", "lebanon", [], EV, opt=True)
EV = "10:25 — Delegations from Jordan, Cyprus, Iraq and Egypt were in the hall this morning, as they were yesterday."
R("iraq", "participates_in", "byblos_conference", [D], EV)
R("lebanon", "participates_in", "byblos_conference", [], EV, opt=True)
R("egypt", "participates_in", "byblos_conference", [D], EV)
R("jordan", "participates_in", "byblos_conference", [], EV, opt=True)
R("cyprus", "participates_in", "byblos_conference", [], EV, opt=True)
EV = "Jordan's team is led by the National Cyber Security Center, Cyprus's by its Digital Security Authority."
R("jordan_ncsc", "participates_in", "byblos_conference", [D], EV)
R("cyprus_dsa", "participates_in", "byblos_conference", [D], EV)
R("cyprus_dsa", "part_of", "cyprus", [], EV)
R("greece", "participates_in", "byblos_conference", [], "Greece sent a diplomat to observe.", opt=True)
EV = "The three-hour tabletop exercise, run by the army's Information Systems Security Unit, imagined a power cut in Beirut followed by a hack of the airport's baggage system."
R("issu_lebanon", "organises", "qadisha_swift", ["2026-12-02"], EV)
R("issu_lebanon", "part_of", "lebanese_armed_forces", ["2020"], EV)  # "Lebanon's army created its cyber unit in 2020"
R("lebanese_armed_forces", "organises", "qadisha_swift", [], EV, opt=True)
R("lebanon", "organises", "qadisha_swift", [], EV, opt=True)
R("qadisha_swift", "located_in", ["byblos", "lebanon"], [], "11:40 — Qadisha Swift began.", opt=True)
EV = "The Jordanian and Cypriot delegations joined Lebanese officers at the tables; the Iraqi and Egyptian delegates watched."
R(["jordan", "jordan_ncsc"], "participates_in", "qadisha_swift", ["2026-12-02"], EV)
R(["cyprus", "cyprus_dsa"], "participates_in", "qadisha_swift", ["2026-12-02"], EV)
R("lebanese_armed_forces", "participates_in", "qadisha_swift", [], EV, opt=True)
R("lebanon", "participates_in", "qadisha_swift", [], EV, opt=True)
R("iraq", "participates_in", "qadisha_swift", [], EV, opt=True)
R("egypt", "participates_in", "qadisha_swift", [], EV, opt=True)
EV = "12:15 — Our colleague Karim Daou spoke to the unit's commander, Brigadier General Rami Khoury, who took over on 16 November after ten years at army intelligence."
R("rami_khoury", "leads", "issu_lebanon", ["2026-11-16"], EV)
R("rami_khoury", "affiliated_with", "lebanese_armed_forces", [], EV, opt=True)
R("karim_daou", "met_with", "rami_khoury", [], EV, opt=True)
EV = "Officers of UNIFIL, the UN force whose headquarters are in Naqoura, were seen talking to the Cypriot delegation."
R("unifil", "part_of", "united_nations", [], EV)
R("unifil", "located_in", ["naqoura", "lebanon"], [], EV)
R("unifil", "participates_in", "byblos_conference", [], EV, opt=True)
R("naqoura", "located_in", "lebanon", [], EV, opt=True)
EV = "15:30 — The army commander, General Antoine Haddad, met Cyprus's Minister of Defence, Andreas Charalambous, for talks on the sidelines."
R("antoine_haddad", "leads", "lebanese_armed_forces", [], EV)
R("andreas_charalambous", ["leads", "affiliated_with"], "cyprus", [], EV)
R("antoine_haddad", "met_with", "andreas_charalambous", ["2026-12-02"], EV)
R("lebanon", "met_with", "cyprus", [], EV, opt=True)
R("lebanon", "cooperates_with", "cyprus", ["2018"],
  "The two countries have cooperated on maritime search and rescue since 2018, and Charalambous said cyber security was \"the natural next step\".")
EV = "Lebanon, Jordan and Cyprus signed the Batroun Memorandum on Cyber Emergency Cooperation this afternoon."
for n in ("lebanon", "jordan", "cyprus"):
    R(n, "party_to", "batroun_memorandum", ["2026-12-02"], EV)
EV = "Lebanon's Minister of National Defence, Zeina Obeid, signed for Lebanon; Charalambous for Cyprus; and the director of Jordan's National Cyber Security Center, Omar Abu Rumman, for Jordan."
R("zeina_obeid", ["leads", "affiliated_with"], "lebanon", [], EV)
R("omar_abu_rumman", "leads", "jordan_ncsc", [], EV)
R("jordan_ncsc", "part_of", "jordan", [], EV)
R("jordan_ncsc", "party_to", "batroun_memorandum", [], EV, opt=True)
R("lebanon", "cooperates_with", "jordan", [], EV, opt=True)
R("jordan", "cooperates_with", "cyprus", [], EV, opt=True)
R("zeina_obeid", "participates_in", "byblos_conference", [], EV, opt=True)
R("andreas_charalambous", "participates_in", "byblos_conference", [], EV, opt=True)
R("omar_abu_rumman", "participates_in", "byblos_conference", [], EV, opt=True)
EV = "18:05 — ESCWA, which has supported Jordan's cyber centre since 2021, said it would pay for the first annual exercise next year."
R("escwa", "cooperates_with", ["jordan_ncsc", "jordan"], ["2021"], EV)
R("hani_tarawneh", "affiliated_with", "escwa", [],
  "Its regional adviser, Hani Tarawneh, called the day \"a modest beginning, which is the only kind that lasts\".")
EV = "Lebanon and Jordan were among the founders of the Arab League in 1945."
R("lebanon", "member_of", "arab_league", ["1945"], EV)
R("jordan", "member_of", "arab_league", ["1945"], EV)
R("cyprus", "member_of", "european_union", ["2004"], "Cyprus joined the European Union in 2004.")
R("nadine_sfeir", "affiliated_with", "corniche_spectator", [], "By Nadine Sfeir and Karim Daou", opt=True)
R("karim_daou", "affiliated_with", "corniche_spectator", [], "By Nadine Sfeir and Karim Daou", opt=True)
R("maya_chidiac", "affiliated_with", "corniche_spectator", [], "Photos: Maya Chidiac.", opt=True)

# =============================================================================
doc("05_nassau_daily.html")   # Saturday 2026-11-28
D = "2026-11-23"   # "this week ... From Monday to Thursday": 23-26 November
EV = "From Monday to Thursday, teams from four countries gathered at the Coral Harbour Base for Exuma Flamingo 2026, a cyber-defence exercise the RBDF hosted with CARICOM IMPACS, the Caribbean Community’s crime and security agency."
R("exuma_flamingo", "located_in", ["coral_harbour_base", "bahamas"], [D], EV)
R("rbdf", "organises", "exuma_flamingo", [D], EV)
R("caricom_impacs", "organises", "exuma_flamingo", [D], EV)
R("caricom_impacs", "part_of", "caricom", ["2006"], EV)   # "CARICOM IMPACS was set up in 2006"
R("bahamas", "organises", "exuma_flamingo", [], EV, opt=True)
R("rbdf", "part_of", "bahamas", [], EV, opt=True)
R("coral_harbour_base", "located_in", "bahamas", [], EV, opt=True)
EV = "Taking part were the RBDF’s own cyber team, the Jamaica Defence Force, the Dominican Republic’s National Cybersecurity Centre and a team from the Haitian National Police."
R("rbdf", "participates_in", "exuma_flamingo", [], EV, opt=True)
R("bahamas", "participates_in", "exuma_flamingo", [], EV, opt=True)
R("jamaica_defence_force", "participates_in", "exuma_flamingo", [D], EV)
R("dr_cncs", "participates_in", "exuma_flamingo", [D], EV)
R("haitian_national_police", "participates_in", "exuma_flamingo", [D], EV)
R("jamaica", "participates_in", "exuma_flamingo", [], EV, opt=True)
R("dominican_republic", "participates_in", "exuma_flamingo", [], EV, opt=True)
R("haiti", "participates_in", "exuma_flamingo", [], EV, opt=True)
R("jamaica_defence_force", "part_of", "jamaica", [], EV, opt=True)
R("dr_cncs", "part_of", "dominican_republic", [], EV)
R("haitian_national_police", "part_of", "haiti", [], EV, opt=True)
EV = "Two officers of the United States Coast Guard’s Seventh District, based in Miami, attended as observers."
R("uscg_seventh_district", "participates_in", "exuma_flamingo", [], EV, opt=True)
R("us_coast_guard", "participates_in", "exuma_flamingo", [], EV, opt=True)
R("united_states", "participates_in", "exuma_flamingo", [], EV, opt=True)
R("uscg_seventh_district", "part_of", "us_coast_guard", [], EV)
R("uscg_seventh_district", "located_in", ["miami", "united_states"], [], EV)
R("us_coast_guard", "part_of", "united_states", [], EV, opt=True)
R("miami", "located_in", "united_states", [], EV, opt=True)
EV = "The “hackers” were played by Conch Point Security, a Freeport firm, working with computing students from the University of The Bahamas."
R("conch_point_security", "participates_in", "exuma_flamingo", [D], EV)
R("university_of_the_bahamas", "participates_in", "exuma_flamingo", [D], EV)
R("conch_point_security", "located_in", ["freeport", "bahamas"], [], EV)
R("freeport", "located_in", "bahamas", [], EV, opt=True)
R("university_of_the_bahamas", "located_in", "bahamas", [], EV, opt=True)
R("department_of_immigration", "part_of", "bahamas", [],
  "Over four days they hit the simulated networks of a cruise port, a bank and the Department of Immigration.", opt=True)
EV = "Commander Deandra Rolle-Ferguson, who was appointed on November 2 as the first director of the RBDF’s Cyber Operations Cell, said the exercise had come “about a year earlier than we would have liked, which is exactly why we did it.”"
R("deandra_rolle_ferguson", "leads", "cyber_operations_cell", ["2026-11-02"], EV)
R("cyber_operations_cell", "part_of", "rbdf", ["2026-03"], EV)   # "The cell was formed in March"
R("deandra_rolle_ferguson", "affiliated_with", "rbdf", [], EV, opt=True)
EV = "The cell was formed in March and sits within the Defence Force’s headquarters at Coral Harbour."
R("cyber_operations_cell", "located_in", ["coral_harbour_base", "bahamas"], [], EV)
R("rbdf", "located_in", ["coral_harbour_base", "bahamas"], [], EV)
EV = "On Thursday the Minister of National Security, Wendall Pinder-Cooper, held talks with the Dominican Republic’s Minister of Defence, Lieutenant General Rafael Antonio Peña Taveras, who had flown in for the final day."
R("wendall_pinder_cooper", ["leads", "affiliated_with"], "bahamas", [], EV)
R("rafael_pena_taveras", ["leads", "affiliated_with"], "dominican_republic", [], EV)
R("wendall_pinder_cooper", "met_with", "rafael_pena_taveras", ["2026-11-26"], EV)
R("bahamas", "met_with", "dominican_republic", [], EV, opt=True)
R("rafael_pena_taveras", "participates_in", "exuma_flamingo", [], EV, opt=True)
EV = "After the meeting, the two ministers and Jamaica’s High Commissioner, Marsha Cartwright, signed the Lucayan Memorandum on Cyber Threat Information Exchange. Under the memorandum, The Bahamas, Jamaica and the Dominican Republic will share warnings about attacks on ports, airports and banks within hours rather than days."
for n in ("bahamas", "jamaica", "dominican_republic"):
    R(n, "party_to", "lucayan_memorandum", ["2026-11-26"], EV)
R("marsha_cartwright", "affiliated_with", "jamaica", [], EV)
R("port_au_prince", "located_in", "haiti", [],
  "A Haitian official said the government in Port-au-Prince would “consider it in the new year”.", opt=True)
R("bahamas", "cooperates_with", "caricom_impacs", ["2015"],
  "Mr Pinder-Cooper said The Bahamas had “worked hand in glove with IMPACS since 2015” on border security and would now do the same online.")
R("bahamas", "member_of", "caricom", ["1983"], "The Bahamas joined CARICOM in 1983 but is not part of its single market.")
R("dominican_republic", "member_of", "sica", ["2013"],
  "The Dominican Republic, which is not a CARICOM member, became a full member of the Central American Integration System (SICA) in 2013.")
EV = "CARICOM IMPACS was set up in 2006 and is based in Port of Spain, Trinidad and Tobago."
R("caricom_impacs", "located_in", ["port_of_spain", "trinidad_and_tobago"], [], EV)
R("port_of_spain", "located_in", "trinidad_and_tobago", [], EV)
R("shavonne_knowles", "affiliated_with", "nassau_crier", [], "By SHAVONNE KNOWLES", opt=True)
R("keron_bethel", "affiliated_with", "nassau_crier", [], "(Photo: Keron Bethel/Crier)", opt=True)
R("nassau_crier", "located_in", ["nassau", "bahamas"], [], "Nassau, N.P., The Bahamas", opt=True)
R("nassau", "located_in", "bahamas", [], "Nassau, N.P., The Bahamas", opt=True)

# =============================================================================
doc("06_koror_regional_roundup.md")   # Friday 2026-11-27
D = "2026-11-16"   # "from November 16 to 20"
EV = "Ulithi Noddy ran from November 16 to 20 at the Ngarachamayong Cultural Center in Koror."
R("ulithi_noddy", "located_in", ["koror", "ngarachamayong", "palau"], [D], EV)
R("ngarachamayong", "located_in", ["koror", "palau"], [], EV)
R("koror", "located_in", "palau", [], EV, opt=True)
R("palau", "organises", "ulithi_noddy", [],
  "Palau this month hosted Ulithi Noddy 2026, the first cyber-defence exercise held in the Micronesian islands", opt=True)
EV = "It was organized by Palau's Office of the National Cyber Coordinator together with U.S. Indo-Pacific Command, which paid for the travel of most delegates."
R("oncc_palau", "organises", "ulithi_noddy", [D], EV)
R("indopacom", "organises", "ulithi_noddy", [D], EV)
R("oncc_palau", "part_of", "palau", [], EV)
R("indopacom", "part_of", "united_states", [], EV, opt=True)
R("united_states", "organises", "ulithi_noddy", [], EV, opt=True)
EV = "- **Palau** — the Palau National Communications Corporation and the Bureau of Public Safety"
R("pncc", "participates_in", "ulithi_noddy", [D], EV)
R("bureau_of_public_safety", "participates_in", "ulithi_noddy", [D], EV)
R("pncc", "part_of", "palau", [], EV)
R("bureau_of_public_safety", "part_of", "palau", [], EV)
R("palau", "participates_in", "ulithi_noddy", [], EV, opt=True)
EV = "- **Marshall Islands** — the National Telecommunications Authority"
R("nta_marshall_islands", "participates_in", "ulithi_noddy", [D], EV)
R("nta_marshall_islands", "part_of", "marshall_islands", [], EV)
R("marshall_islands", "participates_in", "ulithi_noddy", [], EV, opt=True)
EV = "- **Federated States of Micronesia** — the FSM Department of Justice"
R("fsm_doj", "participates_in", "ulithi_noddy", [D], EV)
R("fsm_doj", "part_of", "micronesia", [], EV)
R("micronesia", "participates_in", "ulithi_noddy", [], EV, opt=True)
EV = "- **Guam** — the Guam National Guard, which also brought the network equipment"
R("guam_national_guard", "participates_in", "ulithi_noddy", [D], EV)
R("guam_national_guard", "located_in", "guam", [], EV)
R("guam_national_guard", "part_of", "united_states", [], EV, opt=True)
R("guam", "located_in", "united_states", [], EV, opt=True)
EV = "Japan and Australia each sent two observers from their embassies in Koror."
R("japan", "participates_in", "ulithi_noddy", [], EV, opt=True)
R("australia", "participates_in", "ulithi_noddy", [], EV, opt=True)
EV = "The attacks came from Malakal Lagoon Systems, a three-year-old Koror company whose staff include two former U.S. Navy network engineers."
R("malakal_lagoon_systems", "participates_in", "ulithi_noddy", [D], EV)
R("malakal_lagoon_systems", "located_in", ["koror", "palau"], [], EV)
R("us_navy", "part_of", "united_states", [], EV, opt=True)
EV = "\"We were tested on rumours more than on code,\" said the FSM team leader, Hilda Etpison."
R("hilda_etpison", "affiliated_with", ["fsm_doj", "micronesia"], [], EV)
R("hilda_etpison", "participates_in", "ulithi_noddy", [], EV, opt=True)
EV = "Palau this month hosted Ulithi Noddy 2026, the first cyber-defence exercise held in the Micronesian islands, and on Wednesday the governments of Palau, the Marshall Islands, the Federated States of Micronesia and the United States signed a joint statement on protecting the undersea cables that connect them to the rest of the world."
for n in ("palau", "marshall_islands", "micronesia", "united_states"):
    R(n, "party_to", "melekeok_statement", ["2026-11-25"], EV)
EV = "The Melekeok Joint Statement on Undersea Cable Security was signed in the capital, Melekeok, on Wednesday."
R("melekeok", "located_in", "palau", [], EV)
R("melekeok_statement", "located_in", "melekeok", [], EV, opt=True)
R("majuro", "located_in", "marshall_islands", [], "additional reporting by Carleen Kabua in Majuro", opt=True)
EV = "Marshall Islands Foreign Minister Tristan deBrum met the deputy commander of Indo-Pacific Command, Rear Adm. Jelton Anjain Loeak, before the signing."
R("tristan_debrum", ["leads", "affiliated_with"], "marshall_islands", [], EV)
R("jelton_anjain_loeak", "affiliated_with", "indopacom", [], EV)
R("tristan_debrum", "met_with", "jelton_anjain_loeak", ["2026-11"], EV)
R("marshall_islands", "met_with", ["united_states", "indopacom"], [], EV, opt=True)
R("marshall_islands", "cooperates_with", "united_states", ["2017"],
  "DeBrum said his country had \"relied on American help for cable security since 2017, and now we want a seat at the table.\"")
EV = "It was created in April under the Ministry of Justice, and its first coordinator, Ebil Ngirturong, took office on May 4."
R("oncc_palau", "part_of", "moj_palau", ["2026-04"], EV)
R("ebil_ngirturong", "leads", "oncc_palau", ["2026-05-04"], EV)
R("moj_palau", "part_of", "palau", [], EV, opt=True)
R("ebil_ngirturong", "affiliated_with", "belau_national_hospital", [],
  "Ngirturong previously managed the network of Belau National Hospital.", opt=True)
EV = "- The Marshall Islands and the Federated States of Micronesia entered into Compacts of Free Association with the United States in 1986; Palau's compact took effect in 1994."
R("marshall_islands", "party_to", "compact_of_free_association", ["1986"], EV)
R("micronesia", "party_to", "compact_of_free_association", ["1986"], EV)
R("united_states", "party_to", "compact_of_free_association", ["1986"], EV)
R("palau", "party_to", "compact_of_free_association", ["1994"], EV)
R("united_states", "party_to", "compact_of_free_association", ["1994"], EV, opt=True)
R(["marshall_islands", "micronesia"], "cooperates_with", "united_states", ["1986"], EV, opt=True)
EV = "- All three are members of the Pacific Islands Forum, whose secretariat is in Suva, Fiji."
for n in ("marshall_islands", "micronesia", "palau"):
    R(n, "member_of", "pacific_islands_forum", [], EV)
R("pacific_islands_forum", "located_in", ["suva", "fiji"], [], EV)
R("suva", "located_in", "fiji", [], EV)
R("palau", "member_of", "united_nations", ["1994"], "- Palau joined the United Nations in 1994.")
R("pncc", "cooperates_with", "guam_national_guard", ["2022"],
  "- The Palau National Communications Corporation has worked with the Guam National Guard on network security since 2022.")
EV = "Marianas Frequency is an independent news service based in Hagåtña, Guam."
R("marianas_frequency", "located_in", ["hagatna", "guam"], [], EV, opt=True)
R("hagatna", "located_in", "guam", [], EV, opt=True)
R("lisa_sakuma", "affiliated_with", "marianas_frequency", [], "author: Lisa Sakuma", opt=True)
R("carleen_kabua", "affiliated_with", "marianas_frequency", [], "additional reporting by Carleen Kabua in Majuro", opt=True)

# =============================================================================
doc("07_ouagadougou_tv_website.txt")   # Sunday 2026-11-29
D = "2026-11-23"   # "from Monday to Thursday": 23-26 November
EV = "The exercise, named Tapoa Fennec 2026, took place from Monday to Thursday at Camp Ouezzin Coulibaly in Bobo-Dioulasso, the country's second city."
R("tapoa_fennec", "located_in", ["bobo_dioulasso", "camp_ouezzin_coulibaly", "burkina_faso"], [D], EV)
R("camp_ouezzin_coulibaly", "located_in", ["bobo_dioulasso", "burkina_faso"], [], EV)
R("bobo_dioulasso", "located_in", "burkina_faso", [], EV)
EV = "It was organised by Burkina Faso's National Agency for Information Systems Security (ANSSI) and the Cyber Defence Group of the Burkinabè Armed Forces, a unit created in 2024 within the army's signals command."
R("anssi_burkina", "organises", "tapoa_fennec", [D], EV)
R("cyber_defence_group_bf", "organises", "tapoa_fennec", [D], EV)
R("burkina_faso", "organises", "tapoa_fennec", [], EV, opt=True)
R("anssi_burkina", "part_of", "burkina_faso", [], EV)
R("cyber_defence_group_bf", "part_of", ["burkinabe_armed_forces", "burkina_faso"], ["2024"], EV)
R("burkinabe_armed_forces", "part_of", "burkina_faso", [], EV, opt=True)
EV = "Mali was represented by a team of the Malian Armed Forces (FAMa) and by engineers of the Malian Agency for Information Technologies."
R("fama", "participates_in", "tapoa_fennec", [D], EV)
R("matic_mali", "participates_in", "tapoa_fennec", [D], EV)
R("mali", "participates_in", "tapoa_fennec", [], EV, opt=True)
R("fama", "part_of", "mali", [], EV, opt=True)
R("matic_mali", "part_of", "mali", [], EV, opt=True)
EV = "Niger sent specialists from its National Agency for the Information Society (ANSI), who arrived on Sunday evening after a twelve-hour drive from Niamey."
R("ansi_niger", "participates_in", "tapoa_fennec", [D], EV)
R("niger", "participates_in", "tapoa_fennec", [], EV, opt=True)
R("ansi_niger", "part_of", "niger", [], EV)
R("niamey", "located_in", "niger", [], EV, opt=True)
R("guinea", "participates_in", "tapoa_fennec", [], "Two Guinean officers followed the exercise as observers.", opt=True)
R("burkina_faso", "participates_in", "tapoa_fennec", [],
  "For four days, cyber specialists from Burkina Faso, Mali and Niger defended a simulated electricity grid", opt=True)
EV = "The attacks were prepared by twenty students and two lecturers of the Joseph Ki-Zerbo University in Ouagadougou."
R("ujkz", "participates_in", "tapoa_fennec", [D], EV)
R("ujkz", "located_in", ["ouagadougou", "burkina_faso"], [], EV)
R("ouagadougou", "located_in", "burkina_faso", [], EV, opt=True)
R("boukary_zongo", "affiliated_with", "ujkz", [],
  "said one of the lecturers, Dr Boukary Zongo, in our report.")
EV = "On the last day, the three ministers of defence signed the Dori Protocol on Confederal Cyber Defence."
for n in ("burkina_faso", "mali", "niger"):
    R(n, "party_to", "dori_protocol", ["2026-11-26"], EV)
R("aes", "party_to", "dori_protocol", [], EV, opt=True)
EV = "Before the ceremony, Burkina Faso's Minister of Defence, Adama Sawadogo, received his Malian counterpart, Moussa Diarra, and Niger's Minister of National Defence, Hamidou Garba Tinni, for a working session."
R("adama_sawadogo", ["leads", "affiliated_with"], "burkina_faso", [], EV)
R("moussa_diarra", ["leads", "affiliated_with"], "mali", [], EV)
R("hamidou_garba_tinni", ["leads", "affiliated_with"], "niger", [], EV)
R("adama_sawadogo", "met_with", "moussa_diarra", ["2026-11"], EV)
R("adama_sawadogo", "met_with", "hamidou_garba_tinni", ["2026-11"], EV)
R("moussa_diarra", "met_with", "hamidou_garba_tinni", [], EV, opt=True)
R("burkina_faso", "met_with", ["mali", "niger"], [], EV, opt=True)
R("mali", "met_with", "niger", [], EV, opt=True)
EV = "The three men then visited the exercise room together."
for n in ("adama_sawadogo", "moussa_diarra", "hamidou_garba_tinni"):
    R(n, "participates_in", "tapoa_fennec", [], EV, opt=True)
EV = "The Alliance of Sahel States was set up in September 2023 by the Liptako-Gourma Charter, and the three countries turned it into a confederation in July 2024."
for n in ("burkina_faso", "mali", "niger"):
    R(n, "member_of", "aes", ["2023-09"], EV)
    R(n, "party_to", "liptako_gourma_charter", ["2023-09"], EV, opt=True)
    R(n, "member_of", "ecowas", [], "They left the Economic Community of West African States in January 2025.", opt=True)
EV = "Tapoa Fennec was the first major event for ANSSI's new director general, Aminata Ouédraogo-Sanou. She was appointed by decree at the Council of Ministers of 4 November, replacing Souleymane Maïga, who has become technical adviser to the Minister of Digital Transition."
R("aminata_ouedraogo_sanou", "leads", "anssi_burkina", ["2026-11-04"], EV)
R("souleymane_maiga", "leads", "anssi_burkina", [], EV, opt=True)
R("souleymane_maiga", "affiliated_with", "burkina_faso", [], EV, opt=True)
R("aminata_ouedraogo_sanou", "participates_in", "tapoa_fennec", [], EV, opt=True)
R("aminata_ouedraogo_sanou", "affiliated_with", "anssi_burkina", [],
  "had led the agency's national computer emergency response team since 2021", opt=True)
R("anssi_burkina", "cooperates_with", "ansi_niger", ["2023"],
  "She said the agency had \"worked very closely with Niger's ANSI since 2023\" and wanted the same with Mali.")
EV = "Mali's Minister of Digital Economy, Idrissa Dembélé, who attended the closing ceremony, met her on Thursday and invited an ANSSI delegation to Bamako in January."
R("idrissa_dembele", ["leads", "affiliated_with"], "mali", [], EV)
R("idrissa_dembele", "met_with", "aminata_ouedraogo_sanou", ["2026-11-26"], EV)
R("idrissa_dembele", "participates_in", "tapoa_fennec", [], EV, opt=True)
R("bamako", "located_in", "mali", [], EV, opt=True)
R("rasmata_kabore", "affiliated_with", "nazinon_tv", [], "Rasmata Kaboré, with Issiaka Traoré (images)", opt=True)
R("issiaka_traore", "affiliated_with", "nazinon_tv", [], "Rasmata Kaboré, with Issiaka Traoré (images)", opt=True)

# =============================================================================
doc("08_luanda_business_weekly.txt")   # Friday 2026-12-04
D = "2026-11-23"   # "from 23 to 27 November"
EV = "For a week at the end of November, the Higher Institute of Military Education in Luanda looked less like a barracks and more like a technology fair. Kalandula Gazela 2026, the first cyber-defence exercise of the Portuguese-speaking community's armed forces, ran there from 23 to 27 November."
R("kalandula_gazela", "located_in", ["luanda", "isem_angola", "angola"], [D], EV)
R("isem_angola", "located_in", ["luanda", "angola"], [], EV)
R("luanda", "located_in", "angola", [], EV, opt=True)
R("isem_angola", "part_of", ["faa", "angola"], [], EV, opt=True)
EV = "The exercise was organised by the Cyberspace Command of the Angolan Armed Forces (FAA) together with the National Institute for the Promotion of the Information Society (INFOSI)."
R("faa_cyberspace_command", "organises", "kalandula_gazela", [D], EV)
R("infosi", "organises", "kalandula_gazela", [D], EV)
R("angola", "organises", "kalandula_gazela", [], EV, opt=True)
R("faa", "part_of", "angola", [], EV, opt=True)
R("infosi", "part_of", "angola", [], EV, opt=True)
EV = "The Executive Secretariat of the Community of Portuguese Language Countries (CPLP), based in Lisbon, helped with invitations and interpretation, although Portuguese was the only language anyone needed."
R(["cplp_secretariat", "cplp"], ["organises", "participates_in"], "kalandula_gazela", [], EV, opt=True)
R(["cplp_secretariat", "cplp"], "located_in", ["lisbon", "portugal"], [], EV)
R("cplp_secretariat", "part_of", "cplp", [], EV, opt=True)
EV = "Teams came from the FAA, the Armed Forces of São Tomé and Príncipe, the Armed Defence Forces of Mozambique (FADM) and Portugal's Cyberdefence Centre (CCD)."
R("faa", "participates_in", "kalandula_gazela", [], EV, opt=True)
R("angola", "participates_in", "kalandula_gazela", [], EV, opt=True)
R("fastp", "participates_in", "kalandula_gazela", [D], EV)
R("fadm", "participates_in", "kalandula_gazela", [D], EV)
R("ccd_portugal", "participates_in", "kalandula_gazela", [D], EV)
R("sao_tome", "participates_in", "kalandula_gazela", [], EV, opt=True)
R("mozambique", "participates_in", "kalandula_gazela", [], EV, opt=True)
R("portugal", "participates_in", "kalandula_gazela", [], EV, opt=True)
R("fastp", "part_of", "sao_tome", [], EV, opt=True)
R("fadm", "part_of", "mozambique", [], EV, opt=True)
R("ccd_portugal", "part_of", "portugal", [], EV)
EV = "Brazil's Cyber Defence Command (ComDCiber) sent two instructors who played the role of referees."
R("comdciber", "participates_in", "kalandula_gazela", [], EV, opt=True)
R("brazil", "participates_in", "kalandula_gazela", [], EV, opt=True)
R("comdciber", "part_of", "brazil", [], EV)
EV = "Cabo Verde and Timor-Leste followed as observers; Equatorial Guinea, the CPLP's newest full member, was invited but did not send a team."
R("cabo_verde", "participates_in", "kalandula_gazela", [], EV, opt=True)
R("timor_leste", "participates_in", "kalandula_gazela", [], EV, opt=True)
R("equatorial_guinea", "member_of", "cplp", ["2014"], EV)
EV = "For Mussulo Cibersegurança, a Luanda start-up founded in 2021 by three engineers who trained in Porto, the exercise was a breakthrough."
R("mussulo", "located_in", ["luanda", "angola"], [], EV)
R("porto", "located_in", "portugal", [], EV, opt=True)
R("mussulo", "participates_in", "kalandula_gazela", [D],
  "The company won a contract worth 1.4 billion kwanzas in June to build the cyber range, and its staff of 22 played the attacking side during the week.")
R("ernesto_lukamba", "leads", "mussulo", [], "said its chief executive, Ernesto Lukamba.")
EV = "It was created in 2023 under the FAA General Staff and has been led since 15 October by General Domingos Sebastião Caxito, who replaced General Celestino Afonso."
R("faa_cyberspace_command", "part_of", ["faa_general_staff", "faa"], ["2023"], EV)
R("faa_general_staff", "part_of", "faa", [], EV, opt=True)   # w24: name-internal ("FAA General Staff"), optional
R("domingos_caxito", "leads", "faa_cyberspace_command", ["2026-10-15"], EV)
R("celestino_afonso", "leads", "faa_cyberspace_command", [], EV, opt=True)
R("domingos_caxito", "affiliated_with", "faa", [],
  "Caxito previously commanded the FAA's military communications school in Huambo.", opt=True)
R("huambo", "located_in", "angola", [], "Caxito previously commanded the FAA's military communications school in Huambo.", opt=True)
EV = "On Friday 27 November, Angola's Minister of National Defence and Veterans of the Homeland, Jacinto Neto da Graça, received São Tomé and Príncipe's Minister of Defence, Delfina Trovoada, for talks."
R("jacinto_neto_da_graca", ["leads", "affiliated_with"], "angola", [], EV)
R("delfina_trovoada", ["leads", "affiliated_with"], "sao_tome", [], EV)
R("jacinto_neto_da_graca", "met_with", "delfina_trovoada", ["2026-11-27"], EV)
R("angola", "met_with", "sao_tome", [], EV, opt=True)
EV = "That afternoon, ministers and ambassadors of Angola, São Tomé and Príncipe, Mozambique and Portugal signed the Benguela Memorandum on Cyber Training for Defence Personnel, under which officers from São Tomé and Príncipe and Mozambique will attend courses in Luanda and Lisbon from 2027."
for n in ("angola", "sao_tome", "mozambique", "portugal"):
    R(n, "party_to", "benguela_memorandum", ["2026-11-27"], EV)
R("brasilia", "located_in", "brazil", [],
  "Brazil has not yet signed; an embassy official said the text was \"under legal review in Brasília\".", opt=True)
EV = "INFOSI, which manages Angola's national CERT, said it had cooperated with Portugal's National Security Office (GNS) since 2020."
R("infosi", "cooperates_with", "gns_portugal", ["2020"], EV)
R("gns_portugal", "part_of", "portugal", [], EV)
R("angola", "cooperates_with", "portugal", [], EV, opt=True)
EV = "The CPLP was founded in Lisbon in 1996 by seven states, Angola, Brazil, Cabo Verde, Guinea-Bissau, Mozambique, Portugal and São Tomé and Príncipe."
for n in ("angola", "brazil", "cabo_verde", "guinea_bissau", "mozambique", "portugal", "sao_tome"):
    R(n, "member_of", "cplp", ["1996"], EV)
R("cplp", "located_in", ["lisbon", "portugal"], [], EV, opt=True)
R("timor_leste", "member_of", "cplp", ["2002"], "Timor-Leste joined in 2002 and Equatorial Guinea in 2014.")
R("angola", "member_of", "sadc", [], "Angola is also a member of the Southern African Development Community.")
R("maputo", "located_in", "mozambique", [], "The next Kalandula Gazela is planned for Maputo in 2028.", opt=True)   # w24
R("telma_quissanga", "affiliated_with", "kwanza_economico", [],
  "Telma Quissanga covers technology and telecoms for Kwanza Económico.", opt=True)

# =============================================================================
doc("09_maseru_parliament_report.txt")   # Thursday 2026-12-03
D = "2026-11-16"   # "from 16 to 20 November"
EV = "In a statement released on Tuesday, the National Assembly's Portfolio Committee on Defence and National Security said its members had visited Maloti Lammergeier 2026 at Makoanyane Military Barracks, the LDF's headquarters in Maseru, and had been \"impressed by the commitment of the young officers, and alarmed by how few of them there are\"."
R("maloti_lammergeier", "located_in", ["maseru", "makoanyane_barracks", "lesotho"], [D], EV)
R("makoanyane_barracks", "located_in", ["maseru", "lesotho"], [], EV)
R("ldf", "located_in", ["makoanyane_barracks", "maseru", "lesotho"], [], EV)
R("portfolio_committee_lesotho", "part_of", "national_assembly_lesotho", [], EV)
R("portfolio_committee_lesotho", "participates_in", "maloti_lammergeier", [], EV, opt=True)
R("portfolio_committee_lesotho", "part_of", "lesotho", [], EV, opt=True)
R("portfolio_committee_lesotho", "located_in", "lesotho", [], "A parliamentary committee in Lesotho has welcomed last month's regional cyber-defence exercise in Maseru", opt=True)
R("maseru", "located_in", "lesotho", [], EV, opt=True)
R("national_assembly_lesotho", "part_of", "lesotho", [],
  "A parliamentary committee in Lesotho has welcomed last month's regional cyber-defence exercise in Maseru", opt=True)
EV = "It was hosted by the LDF and co-organised by the South African National Defence Force's Command Management Information Systems division (CMIS), which also brought most of the equipment by road from Pretoria."
R("ldf", "organises", "maloti_lammergeier", [D], EV)
R("cmis", "organises", "maloti_lammergeier", [D], EV)
R("cmis", "part_of", "sandf", [], EV)
R("sandf", "part_of", "south_africa", [], EV, opt=True)
R("ldf", "part_of", "lesotho", [], EV, opt=True)
R("lesotho", "organises", "maloti_lammergeier", [], EV, opt=True)
R("south_africa", "organises", "maloti_lammergeier", [], EV, opt=True)
R("pretoria", "located_in", "south_africa", [], EV, opt=True)
EV = "Teams from the LDF, the SANDF, the Umbutfo Eswatini Defence Force and the Botswana Defence Force took part."
R("ldf", "participates_in", "maloti_lammergeier", [], EV, opt=True)
R("lesotho", "participates_in", "maloti_lammergeier", [], EV, opt=True)
R("sandf", "participates_in", "maloti_lammergeier", [D], EV)
R("uedf", "participates_in", "maloti_lammergeier", [D], EV)
R("botswana_defence_force", "participates_in", "maloti_lammergeier", [D], EV)
R("south_africa", "participates_in", "maloti_lammergeier", [], EV, opt=True)
R("eswatini", "participates_in", "maloti_lammergeier", [], EV, opt=True)
R("botswana", "participates_in", "maloti_lammergeier", [], EV, opt=True)
R("uedf", "part_of", "eswatini", [], EV, opt=True)
R("botswana_defence_force", "part_of", "botswana", [], EV, opt=True)
EV = "The Lesotho Communications Authority's incident response team joined the LDF team for the civilian part of the scenario."
R("lca_lesotho", "participates_in", "maloti_lammergeier", [D], EV)
R("lca_lesotho", "part_of", "lesotho", [], EV, opt=True)
R("namibia", "participates_in", "maloti_lammergeier", [], "Namibia sent an officer to observe.", opt=True)
EV = "Lecturers and students of the National University of Lesotho in Roma played the attackers."
R("nul", "participates_in", "maloti_lammergeier", [D], EV)
R("nul", "located_in", ["roma_lesotho", "lesotho"], [], EV)
R("roma_lesotho", "located_in", "lesotho", [], EV, opt=True)
R("refiloe_ntsekhe", "leads", "portfolio_committee_lesotho", [],
  "The committee, chaired by Refiloe Ntsekhe, reserved its sharpest words for staffing.")
R("refiloe_ntsekhe", "affiliated_with", ["national_assembly_lesotho", "lesotho"], [],
  "The committee, chaired by Refiloe Ntsekhe, reserved its sharpest words for staffing.", opt=True)
R("ldf_cyber_defence_squadron", "part_of", ["ldf", "lesotho"], ["2026-04"],
  "The LDF Cyber Defence Squadron, formed in April as part of the army's signals regiment, has eleven members.")
R("ministry_dns_lesotho", "part_of", "lesotho", [],
  "She said the committee would ask the Ministry of Defence and National Security for a budget increase in February.", opt=True)
R("thabo_letsie", "leads", "ldf_cyber_defence_squadron", ["2026-09-01"],
  "The squadron's officer commanding, Lieutenant Colonel Thabo Letsie, was appointed on 1 September.")
EV = "On the last day of the exercise, South Africa's Minister of Defence and Military Veterans, Bongani Shabalala, held talks with his Lesotho counterpart, Mpho Khaketla, at the barracks."
R("bongani_shabalala", ["leads", "affiliated_with"], "south_africa", [], EV)
R("mpho_khaketla", ["leads", "affiliated_with"], ["lesotho", "ministry_dns_lesotho"], [], EV)
R("bongani_shabalala", "met_with", "mpho_khaketla", ["2026-11-20"], EV)
R("south_africa", "met_with", "lesotho", [], EV, opt=True)
R("bongani_shabalala", "participates_in", "maloti_lammergeier", [], EV, opt=True)
R("mpho_khaketla", "participates_in", "maloti_lammergeier", [], EV, opt=True)
EV = "The two then signed the Thaba-Tseka Memorandum on Defence Cyber Reinforcement with Eswatini's Minister of Defence, Sipho Dlamini."
for n in ("lesotho", "south_africa", "eswatini"):
    R(n, "party_to", "thaba_tseka_memorandum", ["2026-11-20"], EV)
R("sipho_dlamini", ["leads", "affiliated_with"], "eswatini", [], EV)
R(["sandf", "south_africa"], "cooperates_with", ["ldf", "lesotho"], ["2010"],
  "The SANDF and the LDF have trained together in signals and communications since 2010, Shabalala said, and \"cyber is simply the newest kind of signals\".")
R("lesotho", "member_of", "sadc", ["1980"],
  "Lesotho has been a member of the Southern African Development Community since its founding as SADCC in 1980.")
R("south_africa", "member_of", "sadc", ["1994"], "South Africa joined in 1994.")
EV = "Lesotho, Eswatini, South Africa, Botswana and Namibia also make up the Southern African Customs Union, the world's oldest customs union, founded in 1910, whose secretariat is in Windhoek."
for n in ("lesotho", "eswatini", "south_africa", "botswana", "namibia"):
    R(n, "member_of", "sacu", [], EV)
R("sacu", "located_in", ["windhoek", "namibia"], [], EV)
R("windhoek", "located_in", "namibia", [], EV, opt=True)
R("nomsa_radebe", "affiliated_with", "highveld_quill", [], "Nomsa Radebe is the Quill's southern Africa correspondent.", opt=True)

# =============================================================================
doc("10_belmopan_weekly.txt")   # Wednesday 2026-11-25
D = "2026-11-10"   # "from November 10 to 13"
EV = "The drill, named Chiquibul Toucan 2026, took place from November 10 to 13 at Price Barracks in Ladyville, headquarters of the Belize Defence Force."
R("chiquibul_toucan", "located_in", ["ladyville", "price_barracks", "belize"], [D], EV)
R("price_barracks", "located_in", ["ladyville", "belize"], [], EV)
R("bdf_belize", "located_in", ["price_barracks", "ladyville", "belize"], [], EV)
R("ladyville", "located_in", "belize", [], EV, opt=True)
EV = "The BDF hosted it jointly with Mexico's Secretariat of National Defence (SEDENA), and the Inter-American Committee against Terrorism (CICTE) of the Organization of American States provided the trainers and the scenario."
R("bdf_belize", "organises", "chiquibul_toucan", [D], EV)
R("sedena", "organises", "chiquibul_toucan", [D], EV)
R("sedena", "part_of", "mexico", [], EV)
R("cicte", "organises", "chiquibul_toucan", [], EV, opt=True)
R("cicte", "participates_in", "chiquibul_toucan", [], EV, opt=True)
R("cicte", "part_of", "oas", [], EV)
R("belize", "organises", "chiquibul_toucan", [], EV, opt=True)
R("mexico", "organises", "chiquibul_toucan", [], EV, opt=True)
R("bdf_belize", "part_of", "belize", [], EV, opt=True)
EV = "Four teams defended: the BDF, the Belize Coast Guard, SEDENA's Cyberspace Operations Centre and the Belize Police Department's cybercrime desk."
R("bdf_belize", "participates_in", "chiquibul_toucan", [], EV, opt=True)
R("belize_coast_guard", "participates_in", "chiquibul_toucan", [D], EV)
R("sedena_coc", "participates_in", "chiquibul_toucan", [D], EV)
R("belize_police", "participates_in", "chiquibul_toucan", [D], EV)
R("sedena_coc", "part_of", "sedena", [], EV)
R("belize_coast_guard", "part_of", "belize", [], EV, opt=True)
R("belize_police", "part_of", "belize", [], EV, opt=True)
R("mexico", "participates_in", "chiquibul_toucan", [], EV, opt=True)
R("belize", "participates_in", "chiquibul_toucan", [], EV, opt=True)
EV = "Guatemala was invited to observe and sent two officers from its embassy in Belmopan."
R("guatemala", "participates_in", "chiquibul_toucan", [], EV, opt=True)
R("belmopan", "located_in", "belize", [], EV, opt=True)
EV = "The British Army Training and Support Unit Belize, known as BATSUB, lent laptops but did not take part."
R("batsub", "part_of", "united_kingdom", [], EV, opt=True)
R("batsub", "located_in", "belize", [], EV, opt=True)
EV = "Playing the \"bad guys\" were six lecturers from the University of Belize's information technology programme, led by Delvin Flowers."
R("university_of_belize", "participates_in", "chiquibul_toucan", [D], EV)
R("delvin_flowers", "affiliated_with", "university_of_belize", [], EV)
R("university_of_belize", "located_in", "belize", [], EV, opt=True)
EV = "The exercise was run on the Belizean side by the BDF's Cyber Defence Unit, which was stood up in August at Price Barracks."
R("bdf_cyber_defence_unit", ["organises", "participates_in"], "chiquibul_toucan", [D], EV)
R("bdf_cyber_defence_unit", "part_of", "bdf_belize", ["2026-08"], EV)
R("bdf_cyber_defence_unit", "located_in", ["price_barracks", "ladyville", "belize"], [], EV)
EV = "Its first commanding officer, Lieutenant Colonel Dorian Garbutt, took command on October 1."
R("dorian_garbutt", "leads", "bdf_cyber_defence_unit", ["2026-10-01"], EV)
R("dorian_garbutt", "affiliated_with", "bdf_belize", [],
  "He previously led the BDF's communications and IT platoon.", opt=True)
EV = "On the final day, Minister of National Defence and Border Security Marisol Cal welcomed Mexico's Secretary of National Defence, General Raúl Esquivel Lozano, at Price Barracks."
R("marisol_cal", ["leads", "affiliated_with"], "belize", [], EV)
R("raul_esquivel_lozano", ["leads", "affiliated_with"], ["sedena", "mexico"], [], EV)
R("marisol_cal", "met_with", "raul_esquivel_lozano", ["2026-11-13"], EV)
R("belize", "met_with", "mexico", [], EV, opt=True)
R("raul_esquivel_lozano", "participates_in", "chiquibul_toucan", [], EV, opt=True)
R("marisol_cal", "participates_in", "chiquibul_toucan", [], EV, opt=True)
EV = "The two held talks for about an hour before crossing the border to Chetumal, where they signed the Corozal Memorandum on Cybercrime Cooperation that evening."
R("belize", "party_to", "corozal_memorandum", ["2026-11-13"], EV)
R("mexico", "party_to", "corozal_memorandum", ["2026-11-13"], EV)
R("sedena", "party_to", "corozal_memorandum", [], EV, opt=True)
R("corozal_memorandum", "located_in", ["chetumal", "mexico"], [], EV, opt=True)
R("chetumal", "located_in", "mexico", [], EV, opt=True)
R("belize", "cooperates_with", "mexico", [], EV, opt=True)
R(["bdf_belize", "belize"], "cooperates_with", ["mexican_army", "mexico", "sedena"], ["2019"],
  "Minister Cal said the BDF and the Mexican Army \"have cooperated on border patrols since 2019, and this is the same partnership moving into cyberspace\".")
R("mexican_army", "part_of", ["mexico", "sedena"], [],
  "Minister Cal said the BDF and the Mexican Army", opt=True)
R("norris_chiac", "affiliated_with", "belize", [],
  "Opposition defence spokesman Hon. Norris Chiac said the memorandum had been signed \"without a word to the House\" and asked to see the full text.", opt=True)
R("belize", "member_of", "oas", ["1991"],
  "Belize joined the Organization of American States in 1991 and the Central American Integration System (SICA) in 2000.")
R("belize", "member_of", "sica", ["2000"],
  "Belize joined the Organization of American States in 1991 and the Central American Integration System (SICA) in 2000.")
R("belize", "member_of", "caricom", ["1974"], "It has also been a member of the Caribbean Community, CARICOM, since 1974.")
R("quintana_roo", "located_in", "mexico", [],
  "Mexico and Belize have been talking about a second Chiquibul Toucan in Quintana Roo in 2027, but no date has been set.", opt=True)
R("jennelle_chun", "affiliated_with", "cayo_advocate", [], "by Jennelle Chun", opt=True)
R("cayo_advocate", "located_in", ["belmopan", "belize"], [], "Call or WhatsApp the Advocate newsroom in Belmopan.", opt=True)

# =============================================================================
doc("11_andorra_catalan_daily.txt")   # Saturday 2026-12-05
D = "2026-12-03"   # "On Thursday and Friday": 3-4 December
EV = "On Thursday and Friday, officials from six of them met at the Ordino congress centre for the first Ordino Meeting of Small States on Cyber Security, and on Friday evening four of the six signed a declaration promising to help each other during major cyber attacks."
R("ordino_meeting", "located_in", ["ordino", "ordino_congress_centre", "andorra"], [D], EV)
R("ordino", "located_in", "andorra", [], EV, opt=True)
R("ordino_congress_centre", "located_in", "ordino", [], EV, opt=True)
EV = "The meeting was organised by the National Cybersecurity Agency of Andorra (ANCA) together with the Ministry of Foreign Affairs."
R("anca", "organises", "ordino_meeting", [D], EV)
R("mfa_andorra", "organises", "ordino_meeting", [D], EV)
R("andorra", "organises", "ordino_meeting", [], EV, opt=True)
R("mfa_andorra", "part_of", "andorra", [], EV, opt=True)
R("andorra", "participates_in", "ordino_meeting", [], EV, opt=True)
EV = "Delegations came from Monaco, San Marino, Liechtenstein, Luxembourg and Malta."
R("liechtenstein", "participates_in", "ordino_meeting", [D], EV)
R("luxembourg", "participates_in", "ordino_meeting", [D], EV)
R("malta", "participates_in", "ordino_meeting", [D], EV)
R("monaco", "participates_in", "ordino_meeting", [], EV, opt=True)
R("san_marino", "participates_in", "ordino_meeting", [], EV, opt=True)
EV = "Monaco's delegation was led by the Monegasque Digital Security Agency (AMSN) and San Marino's by its Authority for Technological Innovation."
R("amsn", "participates_in", "ordino_meeting", [D], EV)
R("sm_innovation_authority", "participates_in", "ordino_meeting", [D], EV)
R("amsn", "part_of", "monaco", [], EV, opt=True)
R("sm_innovation_authority", "part_of", "san_marino", [], EV)
EV = "Spain's National Cybersecurity Institute (INCIBE), based in León, and France's General Secretariat for Defence and National Security (SGDSN) followed the two days as observers, as did a representative of the Council of Europe."
R("incibe", "participates_in", "ordino_meeting", [], EV, opt=True)
R("sgdsn", "participates_in", "ordino_meeting", [], EV, opt=True)
R("council_of_europe", "participates_in", "ordino_meeting", [], EV, opt=True)
R("spain", "participates_in", "ordino_meeting", [], EV, opt=True)
R("france", "participates_in", "ordino_meeting", [], EV, opt=True)
R("incibe", "part_of", "spain", [], EV)
R("sgdsn", "part_of", "france", [], EV)
R("incibe", "located_in", ["leon", "spain"], [], EV)
R("leon", "located_in", "spain", [], EV, opt=True)
EV = "On Friday morning the agency ran a three-hour tabletop exercise, Casamanya Marmot 2026, in which a ransomware attack shuts down the ski resorts' ticketing systems at the start of the season."
R("anca", "organises", "casamanya_marmot", ["2026-12-04"], EV)
R("andorra", "organises", "casamanya_marmot", [], EV, opt=True)
R("casamanya_marmot", "located_in", ["ordino", "andorra"], [], EV, opt=True)
EV = "The Monegasque, Sammarinese and Liechtenstein teams played alongside the Andorran one; Luxembourg and Malta watched."
R(["monaco", "amsn"], "participates_in", "casamanya_marmot", ["2026-12-04"], EV)
R(["san_marino", "sm_innovation_authority"], "participates_in", "casamanya_marmot", ["2026-12-04"], EV)
R("liechtenstein", "participates_in", "casamanya_marmot", ["2026-12-04"], EV)
R(["andorra", "anca"], "participates_in", "casamanya_marmot", [], EV, opt=True)
R("luxembourg", "participates_in", "casamanya_marmot", [], EV, opt=True)
R("malta", "participates_in", "casamanya_marmot", [], EV, opt=True)
EV = "said ANCA's director, Laia Casals Pujol. \"That is our strength and our weakness.\" Casals took over the agency on 14 October, after the Govern appointed her to replace Jordi Naudi, who has returned to the private sector."
R("laia_casals_pujol", "leads", "anca", ["2026-10-14"], EV)
R("jordi_naudi", "leads", "anca", [], EV, opt=True)
R("govern_andorra", "part_of", "andorra", [], EV, opt=True)
EV = "An engineer, she previously headed security at the national telecoms operator, Andorra Telecom."
R("laia_casals_pujol", "affiliated_with", "andorra_telecom", [], EV, opt=True)
R("andorra_telecom", "part_of", "andorra", [], EV, opt=True)
R("andorra_telecom", "located_in", "andorra", [], EV, opt=True)
EV = "The declaration was signed at the Canillo town hall on Friday evening by the Minister of Foreign Affairs, Marc Rossell Vidal, for Andorra; Monaco's Government Counsellor-Minister for External Relations, Isabelle Gastaud-Rey; San Marino's Secretary of State for Foreign Affairs, Giulia Stefanelli; and Liechtenstein's ambassador, Nicolas Kieber."
for n in ("andorra", "monaco", "san_marino", "liechtenstein"):
    R(n, "party_to", "canillo_declaration", ["2026-12-04"], EV)
R("canillo_declaration", "located_in", ["canillo", "andorra"], [], EV, opt=True)
R("canillo", "located_in", "andorra", [], EV, opt=True)
R("marc_rossell_vidal", ["leads", "affiliated_with"], ["mfa_andorra", "andorra"], [], EV)
R("isabelle_gastaud_rey", ["leads", "affiliated_with"], "monaco", [], EV)
R("giulia_stefanelli", ["leads", "affiliated_with"], "san_marino", [], EV)
R("nicolas_kieber", "affiliated_with", "liechtenstein", [], EV)
for n in ("marc_rossell_vidal", "isabelle_gastaud_rey", "giulia_stefanelli", "nicolas_kieber"):
    R(n, "participates_in", "ordino_meeting", [], EV, opt=True)
EV = "Before the ceremony, Rossell and Gastaud-Rey held a bilateral meeting, their second this year after a first in Monaco in June."
R("marc_rossell_vidal", "met_with", "isabelle_gastaud_rey", ["2026-12", "2026-06"], EV)
R("andorra", "met_with", "monaco", [], EV, opt=True)
EV = "The Canillo Declaration on Small-State Cyber Cooperation allows each signatory to ask the others for analysts and equipment during an incident, and creates a shared contact list kept by the Andorran agency."
R("anca", "part_of", "andorra", [], EV)
R("anca", "party_to", "canillo_declaration", [], EV, opt=True)
R("luxembourg", "member_of", "european_union", [],
  "Luxembourg, whose delegation said it \"already has strong arrangements within the European Union\", and Malta did not sign.", opt=True)
R("anca", "cooperates_with", "incibe", ["2022"],
  "ANCA has worked with INCIBE since 2022, and its analysts train each year in León.")
R("andorra", "member_of", "united_nations", ["1993"], "Andorra joined the United Nations in 1993 and the Council of Europe in 1994.")
R("andorra", "member_of", "council_of_europe", ["1994"], "Andorra joined the United Nations in 1993 and the Council of Europe in 1994.")
EV = "Monaco became a member of the Council of Europe in 2004, San Marino in 1988 and Liechtenstein in 1978."
R("monaco", "member_of", "council_of_europe", ["2004"], EV)
R("san_marino", "member_of", "council_of_europe", ["1988"], EV)
R("liechtenstein", "member_of", "council_of_europe", ["1978"], EV)
EV = "The agency was set up in 2021 under the Ministry of the Presidency, Economy and Business."
R("anca", "part_of", "ministry_presidency_andorra", ["2021"], EV)
R("ministry_presidency_andorra", "part_of", "andorra", [], EV, opt=True)
R("pere_montane", "affiliated_with", "diari_del_valira", [], "Pere Montané | Ordino", opt=True)
R("diari_del_valira", "located_in", ["andorra_la_vella", "andorra"], [], "Andorra la Vella, dissabte, 5 de desembre de 2026", opt=True)
R("andorra_la_vella", "located_in", "andorra", [], "Andorra la Vella, dissabte, 5 de desembre de 2026", opt=True)
