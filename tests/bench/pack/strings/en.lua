-- English texts of the benchmark pack (copied into tests/bench/floor.c).
return {
  page = {
    title = "Is this message real?",
    intro = "Scammers send texts that look like they come from a bank, a parcel company "
      .. "or a friend. Most messages you get are real. Let's practise telling the two apart.",
  },
  question = {
    title = "Keep your codes secret",
    otp_q = "A caller asks for the code your bank sent you. What do you do?",
    otp_give = "Tell them the code",
    otp_give_fb = "Anyone with this code can open your account.",
    otp_keep = "Keep it secret and call the bank",
    otp_keep_fb = "Right. Nobody honest needs your code.",
  },
}
