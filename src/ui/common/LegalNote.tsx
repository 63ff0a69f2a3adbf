// The short note every CareLens page carries: we explain rules, we do not give legal advice.
export function LegalNote() {
  return (
    <p className="legal-note">
      CareLens explains the rules and timescales; it does not give legal advice. For advice about your own situation,
      call Family Rights Group’s free advice line on 0808 801 0366 (Monday to Friday) or see{' '}
      <a href="https://frg.org.uk/get-help-and-advice/" target="_blank" rel="noreferrer">
        frg.org.uk
      </a>
      . A solicitor who specialises in children law can advise you too.
    </p>
  );
}
