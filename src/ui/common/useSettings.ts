import { useEffect, useState } from 'react';
import { getSettings, onSettingsChanged, updateSettings, type Settings } from '../../settings/settings';

/** The user's settings, live: changes from any surface show up here. */
export function useSettings(): [Settings | undefined, (patch: Partial<Settings>) => Promise<void>] {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let live = true;
    void getSettings().then((s) => live && setSettings(s));
    const off = onSettingsChanged((s) => setSettings(s));
    return () => {
      live = false;
      off();
    };
  }, []);
  const update = async (patch: Partial<Settings>) => {
    // Show the change at once (controlled inputs must not flick back), then store it.
    setSettings((current) => (current ? { ...current, ...patch } : current));
    setSettings(await updateSettings(patch));
  };
  return [settings, update];
}
