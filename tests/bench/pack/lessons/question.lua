-- First screen a question: CPU while nobody touches the kiosk.
choose { id = "otp", question = "otp_q",
  { "otp_give", feedback = "otp_give_fb" },
  { "otp_keep", correct = true, feedback = "otp_keep_fb" } }
