-- L05 Check before you go (safe migration)
-- A branching story: the learner has a job offer abroad and makes the checks a safe
-- trip needs. Each choice has a consequence, and the story ends with a personal plan
-- built from the learner's own answers: what is done (✓) and what is still to do (→).
-- Safe actions: research/lessons.md section 2.4 and the ILO fair-recruitment
-- principles listed in section 1 (no recruitment fees, workers keep their passport).

page {
  title = "intro_title",
  text = "intro_text",
  image = "passport",
}

local agency = choose {
  id = "check_agency",
  question = "agency_question",
  { "agency_gov", correct = true, feedback = "agency_gov_fb" },
  { "agency_page", feedback = "agency_page_fb" },
  { "agency_word", feedback = "agency_word_fb" },
}
if agency == "agency_gov" then
  page { text = "agency_after_check" }
else
  page { text = "agency_after_skip" }
end

local fee = choose {
  id = "fee",
  question = "fee_question",
  { "fee_pay", feedback = "fee_pay_fb" },
  { "fee_loan", feedback = "fee_loan_fb" },
  { "fee_refuse", correct = true, feedback = "fee_refuse_fb" },
}
if fee == "fee_refuse" then
  page { text = "fee_after_refuse" }
else
  page { text = "fee_after_pay" }
end

sort {
  id = "agent_messages",
  question = "sort_question",
  { id = "contract_given",
    message = thread { from = "agent_name", "msg_contract" },
    scam = false, why = "why_contract" },
  { id = "no_contract",
    message = thread { from = "agent_name", "msg_no_contract" },
    scam = true, why = "why_no_contract" },
  { id = "employer_pays",
    message = thread { from = "agent_name", "msg_employer_pays" },
    scam = false, why = "why_employer_pays" },
  { id = "place_changed",
    message = thread { from = "agent_name", "msg_place_changed" },
    scam = true, why = "why_place_changed" },
}

local passport = choose {
  id = "passport",
  question = "passport_question",
  { "passport_give", feedback = "passport_give_fb" },
  { "passport_keep", correct = true, feedback = "passport_keep_fb" },
  { "passport_half", feedback = "passport_half_fb" },
}
if passport ~= "passport_keep" then
  page { text = "passport_after_give" }
end

local plan = choose_all {
  id = "plan",
  question = "plan_question",
  { "plan_route", correct = true, feedback = "plan_route_fb" },
  { "plan_numbers", correct = true, feedback = "plan_numbers_fb" },
  { "plan_secret", feedback = "plan_secret_fb" },
  { "plan_passport", correct = true, feedback = "plan_passport_fb" },
}

local function picked(list, id)
  for _, v in ipairs(list) do
    if v == id then return true end
  end
  return false
end

page {
  title = "plan_card_title",
  text = {
    agency == "agency_gov" and "plan_agency_done" or "plan_agency_todo",
    fee == "fee_refuse" and "plan_fee_none" or "plan_fee_paid",
    "plan_contract",
    passport == "passport_keep" and "plan_passport_kept" or "plan_passport_given",
    (picked(plan, "plan_route") and not picked(plan, "plan_secret")) and "plan_family_done"
      or "plan_family_todo",
    picked(plan, "plan_numbers") and "plan_numbers_done" or "plan_numbers_todo",
  },
}

result {
  takeaways = { "take_check", "take_no_fee", "take_plan" },
  help = "trafficking",
}
